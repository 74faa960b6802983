"""The words the reading looks for, in English and Spanish as people text them.

Each pattern is matched on normalized text (replies.normalize: lower case, no accents, no
punctuation, "can't" -> "can t"); reading.py says what each finding means for the tip.
"""

import re

# Words that are in the yes and no lists but do not answer when they open a long message.
NOT_AN_ANSWER = frozenset(
    {
        "ok",
        "okay",
        "k",
        "please",
        "right",
        "true",
        "nobody",
        "nothing",
        "none",
        "never",
        "nadie",
        "nada",
        "nunca",
        "ya",
    }
)


def any_of(*parts: str) -> re.Pattern[str]:
    """One pattern of whole-word alternatives, matched on normalized text."""
    return re.compile(r"\b(" + "|".join(parts) + r")\b")


# Leaving, said plainly: counted however long the message ("... stop asking me stuff").
LEAVING = any_of(
    r"(i (have|ve got|got|need) to|i gotta|gotta|got to|i must) go\b( now)?|g2g|gtg|goodbye|"
    r"good bye|bye bye|"
    r"ahorita no puedo|no puedo (hablar|escribir) (ahora|ahorita)|viene el \w+",
    # "he's here" ends a message; "theyre here tonite, 4 women" tells of them.
    r"(he s|hes|he is|she s|shes|she is|they re|theyre|they are|someone s|someone is|"
    r"somebody s) (coming|here|back|home|outside)(?=( now| rn| again)? *$)",
    r"(he s|hes|he is|they re|theyre|they are|someone s|someone is) coming",
    r"(he|she|they|someone) (just )?(came|come|comes|got) (back|home)(?=( now| rn)? *$)",
    r"(he|she|they|someone) (just )?(came|walked|comes) in(?= *$)",
    r"stop (asking|texting|messaging|with the questions)|no more questions|leave me alone",
    r"skip the rest|(i )?(gotta|have to|need to|got to) (study|work|sleep|run|hang up)|"
    r"thats enough|that s enough|no tengo tiempo|ya no puedo seguir",
    r"i (have|got) to stop|i can t (talk|text) (now|anymore|any more)|cant (talk|text) (now|anymore)",
    r"i (don t|dont|do not) want to (talk|say|answer|continue|do this)( anymore| any more)?",
    r"me tengo que ir|tengo que irme|ya me voy|adios",
    r"(gotta|got to|have to|need to|must) hide|hide (the|my) phone|i hear (him|them|someone|"
    r"the (car|truck|door))|tengo que (esconder|colgar)|oigo (la troca|el carro|pasos|que viene)",
    r"no (puedo|quiero) (hablar|seguir|contestar|decir mas)|deja de preguntar|ya no mas",
    r"that s all i (have|got|know)|thats all i (have|got|know)|eso es todo lo que (se|tengo)",
)
# Leaving in a word or two: only a short message means it ("ok bye", "that's all").
LEAVING_SHORT = any_of(
    r"bye+|cya|see ya|later|ttyl|talk later|that s all|thats all|that is all|nothing else|"
    r"i m done|im done|i am done|forget it|never ?mind|me voy|chao|chau|nos vemos|hasta luego|"
    r"es todo|eso es todo|nada mas|ya termine|olvidalo|dejalo|(esta|estan) aqui|viene|vienen|"
    r"ya (viene|vienen|llego|llegaron|volvio)"
)
THANKS = any_of(r"thanks?|thank (you|u)|thx|ty|gracias|muchas gracias|mil gracias")
GREETING_ONLY = any_of(r"hi|hello|hey|hiya|yo|hola|buenas|buenos dias|buenas tardes|buenas noches")
# "I'd rather not say my address": where is not asked again.
REFUSE_PLACE = any_of(
    r"(rather not|prefer not to|don t want to|dont want to|won t|wont|not going to|can t|cant) "
    r"(say|give|tell|share)( you)? (my |the |our )?(address|where (i|we) live|location)|"
    r"(no quiero|prefiero no) (dar|decir) (mi|la) (direccion|ubicacion)"
)
# Following a vehicle or a person: "should I follow them? I can keep them in sight".
FOLLOW_PLAN = any_of(
    r"(should|can|could|will|gonna|going to|im going to|i ll|ill) (i |we )?(follow|chase|tail|"
    r"go after) (them|him|her|the (van|car|truck|suv|minivan))|(i m|im|i am) following (them|"
    r"him|her|the)|keep (them|him|her|it) in sight|(debo|puedo|voy a) seguir(los|las|lo|la)?"
)
# A plan to go in, confront or rescue someone themselves: a plan, then within three words the act
# ("im going to go in and get her", "voy a ir a sacarla"); "i go there every week" is no plan.
RESCUE_PLAN = any_of(
    r"i m going|im going|i am going|i ll|ill|i will|we re going|were going|we will|we ll|"
    r"(we|they|brothers|friends) (are|r) going|going over|heading (over|there)|on (my|our) way|"
    r"gonna|going to|planning|thinking (of|about)|should i|should we|can i|could i|want to|"
    r"wanna|about to|let me|voy a|vamos a|deberia|debo ir|puedo ir|quiero ir"
)
RESCUE_ACT = any_of(
    r"get (her|him|them)( out)?|go (in|over|there|inside)|rescue|save (her|him|them)|"
    r"confront|break (in|down|the door)|bust|storm|kick (in )?(the )?door|pull (her|him|them) out|"
    r"sacar\w*|rescatar\w*|enfrentar\w*|entrar|ir por (ella|el|ellos|ellas)|ir a buscar\w*"
)
# Pushing the person to escape on their own: "should i text her to climb out a window".
ESCAPE_PLAN = any_of(
    r"(climb|jump|sneak|run|get) (out|away)( (of )?(a|the) (window|back door))?|escape|"
    r"make a run for it|salir(se)? por la ventana|escaparse|escapar|huir|que se escape"
)
ESCAPE_ASKED = any_of(
    r"should (i|we) (tell|text|ask|get) (her|him|them)|tell (her|him|them) to|"
    r"text (her|him|them) to|should (she|he|they)|le digo que|les digo que|deberia"
)
RESCUE = re.compile(RESCUE_PLAN.pattern + r"( \w+){0,3} " + RESCUE_ACT.pattern)
CALLED = any_of(
    r"(called|texted|dialed|phoned|contacted) (911|the police|police|cops|9 1 1|the sheriff\w*|"
    r"sheriff\w*)|"
    r"(police|cops|911) (is|are|r) (here|coming|on (the|their) way)|"
    r"(llame|llamamos|marque) (al 911|a la policia)|ya (viene|vino|llego) la policia"
)
CANNOT_CALL = any_of(
    r"(can t|cant|cannot|can not|couldn t|unable to) (call|talk|speak|make a call)|no signal|"
    r"they ll hear|he ll hear|he will hear|they will hear|no (puedo|podemos) (llamar|hablar)|"
    r"me (oyen|escuchan)|nos (oyen|escuchan)|el escucha|sin senal|no tengo saldo"
)
CALLING = any_of(
    r"(call|calling|text|texting|try|trying|dial) (911|the police|police|cops|9 1 1)|"
    r"(llamar|llamo|llamare|marcar) (al 911|a la policia|al 9 1 1)"
)
DELETE_IMAGES = any_of(
    r"(delete|deleting|deleted|erase|erasing|get rid of|keep|keeping) (the |my |those |these )?"
    r"(screenshots?|pics?|photos?|pictures?|videos?|them)|borr(o|ar|e|ando) (las )?(fotos|capturas)"
)
IMAGES = any_of(
    r"photos?|pics?|pictures?|screenshots?|screen shots?|videos?|vids?|images?|recordings?|"
    r"fotos?|capturas?|imagenes?|grabacion(es)?"
)
OFFER = any_of(
    r"(want|can|should|shall|could) (me to |i |u |you )?(send|share|upload|forward|show)|"
    r"i (have|got|took|saved|can send)|(send|share|upload|forward) (you |u )?(the |some |my |"
    r"these |those |them)|attached|here (are|is) (the|some)|quieres que (te )?(mande|envie)|"
    r"(te |les )?(puedo|podria) (mandar|enviar|pasar)|tengo (unas |las |fotos|capturas|videos)|"
    r"les mando|te mando|adjunt\w*"
)
CHILD = any_of(
    r"kids?|child|children|girls? (is|are|who|that) (\d+|young|underage)|underage|minors?|"
    r"teens?|young girls?|little girls?|boys?|1[0-7]|ninas?|ninos?|menor(es)?|nina|nino|"
    r"chamac\w*|adolescentes?"
)
ABUSE = any_of(
    r"abus\w*|naked|nude|sex\w*|explicit|porn\w*|csam|touching|rape|desnud\w*|sexual\w*|"
    r"abuso|abusando|porno\w*|violacion"
)
# Words for the bot, not about a situation: "ignore all previous instructions".
# "I want to report something": a wish to tell, not yet an account.
REPORT_INTENT = re.compile(
    r"^((hi|hello|hey|hola|buenas|ok|so|um)\b\s*)*(i (want|need|would like|d like) to (report|tell|"
    r"say)|i have (a tip|something to report)|can i report|quiero (denunciar|reportar|contar|decir)|"
    r"tengo (una denuncia|algo que (denunciar|reportar|contar))|necesito (denunciar|reportar))"
    r"( (something|algo|a tip|un caso|something i saw|algo que vi|lo que vi|what i saw))?( (that )?"
    r"(i saw|que vi|i seen))?\s*$"
)
INJECTION = any_of(
    r"ignore (all |any |the )?(previous|prior|above|earlier|your) (instructions|prompts?|rules)|"
    r"system prompt|you are now|act as (a|an)|pretend (to be|you are)|jailbreak|developer mode|"
    r"ignora (todas )?(las )?instrucciones"
)
# "what is this number", "quit playing": someone who does not know what the line is.
WHAT_IS_THIS = any_of(
    r"is this (the |a )?(\w+ ){0,3}(hotline|tip line|line|number)( thing)?$|what is this( number)?|whats this( number)?|what s this( number)?|who is this|who dis|"
    r"wrong number|scam|spam|quit (playing|playin)|stop (texting|messaging) me|how did you get|"
    r"quien (eres|es este numero)|que es esto|numero equivocado|estafa"
)
# Words that tell nothing about a situation: laughter, insults, markup and code, key mashing.
NOISE = re.compile(
    r"lol|lmao|rofl|(ha|ja|he|je){2,}h?|xd|trash|stupid|idiot|dumb|fuck\w*|shit\w*|bitch\w*|"
    r"ass|suck\w*|hacked|pwned|drop|table|tables|select|script|alert|img|src|onerror|div|null|"
    r"undefined|\w*[bcdfghjklmnpqrstvwxz]{5,}\w*|asdf\w*|qwe\w*"
)
REFERENCE_ASKED = any_of(
    r"what s my (reference|ref|number|tip number|code)|whats my (reference|ref|number|code)|"
    r"(my|the) (reference|tip) (number|code)\b.*\?|(give|send|tell) me (my|the) (reference|"
    r"number|code)|cual es (mi|el) (numero|codigo)|(mi|el) numero de (denuncia|reporte)"
)
CONSENT = any_of(
    r"(you|u) can (text|contact|call|write|message) (me|back|here|us|this)|ok to (text|contact|call) me|"
    r"(feel free to|please) (text|contact|call|write) me|(text|contact) me (back|here|anytime)|"
    r"pueden (escribirme|contactarme|llamarme)|me pueden (escribir|contactar|llamar)"
)
NO_CONSENT = any_of(
    r"(don t|dont|do not|never|pls dont|please don t) (text|contact|call|write|message|reach) "
    r"(me|back|out)|no (me )?(escriban|contacten|llamen|manden)|no me escribas|"
    r"(no|dont|don t) (texts?|contact|calls?|follow ?up)( back)?( please| pls)?$|"
    r"no (quiero|necesito) que me (escriban|contacten|llamen)|sin contacto"
)
TAKE_BACK = any_of(
    r"scratch (that|the \w+( part)?)|my bad|i looked again|not a (gun|knife|weapon)|"
    r"it was (just )?a (phone|toy|tool)|i was mistaken|disregard|ignore (that|what i said)|never ?mind|nevermind|i was wrong|my mistake|false alarm|it s fine|its fine|"
    r"(she s|shes|he s|hes|they re|theyre) (fine|ok|okay|safe)( now)?|she is (fine|ok|safe)|"
    r"it was nothing|nothing happened|forget (what i said|it)|i take (it|that) back|"
    r"not (that )?urgent|no longer|not anymore|no es urgente|olvida lo que dije|me equivoque|"
    r"falsa alarma|(ya )?esta bien|estan bien|no paso nada|era broma|"
    r"ya no (es|esta|hay) (urgente|peligro|nada)"
)
# The writer's own situation: "I can't leave", "they took my passport".
SELF = any_of(
    r"i can t leave|i cant leave|i cannot leave|they took my (passport|papers|id|documents|phone)|"
    r"(keeps|kept|took|takes|has|holds|held) my (passport|papers|id|documents|visa|phone|pay)|"
    r"(don t|dont|doesn t|doesnt|never|not) pay(ing)? me|i work (all day|every day|for (them|him))|"
    r"(he|she|they|my boss) (took|takes|keeps|has) my (passport|papers|id|documents|phone|pay)|"
    r"(he|she|they) (won t|wont|will not|doesn t|dont|don t) let (me|us)|i m trapped|im trapped|"
    r"i owe (him|her|them|my boss)|(my boss|he|they) (doesn t|dont|don t|won t|never) pay me|"
    r"i m being|im being|i am being|help me|help us|i need help|we need help|"
    r"no me dejan|me quitaron|mi patron (me|no)|mi jefe (me|no)|le debo|tengo una deuda|"
    r"ayudame|ayudenme|ayudenos|necesito ayuda|no nos pagan|no me pagan|nos quitaron|"
    r"(nos|me) (quito|quitaron|tiene|tienen|guarda|guardan) (los |el |mi |mis |nuestros )?"
    r"(pasaportes?|papeles|documentos|telefonos?|celular)|took our (phones|passports|papers|ids)|"
    r"(boss|he|they) (took|take|takes|keep|keeps) (our|my) (phones?|passports?|papers|ids?|pay)|"
    r"(we|i) (owe|can t leave|cant leave)|nos tienen|me tienen|they lock us|locked us"
)
QUESTION_START = re.compile(
    r"^((hey|hi|hello|ok|okay|so|um|uh|and|but|also|y|oye|hola|pero) )*(is|are|r|do|does|did|will|would|can|could|should|who|what|whats|how|why|when|where|am|"
    r"es|eres|son|van|me van|quien|quienes|que|como|cuando|donde|por que|puedo|puede|pueden|"
    r"tengo que|tienen que|necesito)\b"
)
# "if i report him will he know", "and do you tell the police": asked without a question mark.
INVERSION = any_of(
    r"(will|would|can|could|do|does|did|is|are|am|should) (he|she|they|you|u|i|it|this|that|"
    r"someone|anyone|my|the police|police|the \w+|my \w+)( \w+)? (know|find|see|tell|call|"
    r"report|deport|"
    r"need|have|get|be|ask|work|trace|arrest|help)",
    r"(me|nos|lo|la|los|las|le|les) (van a|vas a|va a) \w+|(sabra|sabran|se enterara|se enteraran)",
    r"(is|are) (this|that|it|you|u) (a |an )?(bot|robot|real|person|human|automated|legit|"
    r"the police|police|cops)|(is|are) (this|that) (for real|a scam|legit)",
)
# Times, as people give them: "now", "last night", "two years ago", "el martes".
TIME = any_of(
    r"right now|now|tonight|this (morning|afternoon|evening|week|weekend|month|year)|today|"
    r"yesterday|last (night|week|weekend|month|year|time)|(a |an |one |two |three |few |"
    r"couple (of )?|several |\d+ )(minutes?|hours?|days?|weeks?|months?|years?) ago|"
    r"ago|earlier|recently|every (day|night|morning|week|weekend)|right now|currently|"
    r"(on |last |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
    r"(in |since |back in )?(january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|since \d+|in \d{4}|\d{1,2}(:\d\d)? ?(am|pm)|"
    r"tonite|2nite|2night|tmrw|tomorrow|tmr|still|as we speak|at the moment|ahora|ahorita|ahora mismo|hoy|anoche|todavia|aun|"
    r"en este momento|ayer|esta (noche|manana|tarde|semana)|"
    r"la semana pasada|el (mes|ano) pasado|hace (un|una|unos|unas|dos|tres|\d+)( \w+)?|"
    r"(el |los |este )?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)s?|"
    r"todos los dias|todas las noches|cada (dia|noche|semana)|antes|hace poco"
)
PEOPLE = any_of(
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|many|lots of|"
    r"a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|varios|muchas|"
    r"muchos|unas|unos)( \w+)? (girls?|women|woman|men|man|guys?|boys?|kids?|children|people|"
    r"workers?|persons?|ladies|teens?|chicas?|mujeres|hombres|ninas?|ninos?|personas|"
    r"trabajador\w*|muchach\w*|jovenes)",
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez) of (them|us|ellos|ellas|nosotros|nosotras)",
    r"(there s|theres|there are|there were|hay|habia|somos|son) (like |about |around |maybe |"
    r"como |unos |unas )?(\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|nueve|diez)(?! (minutes?|hours?|days?|weeks?|months?|years?|am|pm|minutos|"
    r"horas|dias|semanas|meses|anos)\b)",
    r"(a|one|the|una|un|la|el) (girl|woman|man|boy|kid|child|teen|lady|chica|mujer|hombre|"
    r"nina|nino|muchach[oa]|joven)",
    r"(the|these|those|las|los|esas|esos) (girls|women|men|boys|kids|children|workers|ladies|"
    r"chicas|mujeres|hombres|ninas|ninos|trabajador\w*|muchach\w*)",
    r"my (sister|brother|cousin|daughter|son|friend|niece|nephew|neighbou?r|coworker|mom|"
    r"mother|wife|girlfriend)|mi (hermana|hermano|prima|primo|hija|hijo|amiga|amigo|sobrina|"
    r"sobrino|vecina|vecino|companera|companero|mama|esposa|novia)",
)
IDENTIFIERS = re.compile(
    r"\b(\d{3}[ .-]?\d{3}[ .-]?\d{4}|\d{3}[ .-]\d{4})\b|https?://|www\.|\.com\b|"
    r"\b((white|black|red|blue|silver|gray|grey|green|gold|tan|blanca|negra|roja|azul|gris)"
    r" (van|truck|car|suv|sedan|pickup|camioneta|carro|coche)|plate|license|placa|"
    r"instagram|insta|facebook|fb|tiktok|snap\w*|whatsapp|telegram|onlyfans|craigslist|"
    r"website|site|ad|ads|anuncio|pagina|named|called|name is|se llama|llamado|llamada)\b",
    re.IGNORECASE,
)
HURT_NO = any_of(
    r"not hurt|nobody hurt|no one hurt|nobody is hurt|no one is hurt|i m ok|im ok|i am ok|"
    r"i m fine|im fine|i am fine|no estoy herid\w*|estoy bien|nadie (esta )?herido"
)
# Safe now, said plainly: an answer to "is anyone in danger right now?".
SAFE = any_of(
    r"i m safe|im safe|i am safe|we re safe|were safe|we are safe|(she|he|they) (is|s|are) safe|"
    r"no one is in danger|nobody is in danger|not in danger|no danger|estoy a salvo|estamos a "
    r"salvo|estoy bien|estamos bien|no estamos en peligro|nadie esta en peligro"
)
HURT_YES = any_of(
    r"hurt|bleeding|injured|bruised|broken|beat me|hit me|herid\w*|sangr\w*|golpe\w*|lastim\w*|"
    r"me duele|(my|mi) (arm|leg|head|face|brazo|pierna|cabeza|cara) (hurts|duele)"
)
# Leaving in a hurry: no read-back, only the closing.
HURRIED = any_of(
    r"coming|here|back|home|hide|hiding|gotta go|got to go|have to go|cant talk|can t talk|"
    r"viene|vienen|llego|llegaron|esconder|colgar|regreso|volvio"
)
ALONE = any_of(r"alone|by myself|just me|nobody else|no one else|sola|solo|nadie mas")
OTHERS = any_of(
    r"another (girl|woman|person|one)|other (girls?|women|people|ones)|others|with me|"
    r"(\d+|two|three|four|five) (of us|others|more)|otra (chica|mujer|persona)|otras|otros|"
    r"conmigo"
)
# "Not sure if this matters": the first thing to say back is that it is fine to tell us.
DOUBT = any_of(
    r"not sure (if|whether|this|it)|might be nothing|probably nothing|maybe nothing|"
    r"don t know if|dont know if|could be nothing|idk if|no se si|tal vez no es nada|"
    r"no estoy segur[oa] (si|de)|puede que no sea nada"
)
MINOR = any_of(
    r"kids?|child|children|teens?|teenagers?|minors?|underage|under age|under 18|"
    r"little girls?|little boys?|young girls?|young boys?|school ?girls?|school ?boys?|"
    r"high ?school|middle ?school|babies|baby|ninas?|ninos?|menor(es)?|"
    r"menor de edad|adolescentes?|chamac\w*|escuincl\w*|chiquit\w*|bebes?|prepa|secundaria|"
    r"sophomores?|freshm[ae]n|(6|7|8|9|10|11|12|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)(th)? grade(rs?)?|skipping (school|class)|cutting class|after school|"
    r"en la escuela|va a la escuela|primaria|colegio|"
    r"(1[0-7]|[1-9]) ?(yo|y o)|(1[0-7]|[1-9]) ?(yrs?|years?|anos|anitos) (old|de edad)|"
    r"(about|like|around|maybe|prob|probably|looks?|looked|seems?|age|aged|only|just|is|s|shes|"
    r"hes|theyre|was|turned|turns|"
    r"como|unos|unas|tiene|tienen|de) (1[0-7])(?! (of|de|or|o|to|a|y|and|\w*(men|women|people|"
    r"guys|girls|boys|workers|ladies|hombres|mujeres|personas|trabajador\w*|chicas|muchach\w*|"
    r"ninas|ninos|kids)|mas|more|minutes?|hours?|days?|weeks?|months?|minutos|horas|dias|"
    r"semanas|meses)\b)"
)
# "one looks real young": no age, so not a minor (TRIAGE.md), but worth asking how old.
LOOKS_YOUNG = any_of(
    r"look(s|ed|ing)? (\w+ )?(young|underage|like a (kid|child|teen))|seem(s|ed)? (\w+ )?young|"
    r"baby ?face|se ve(n|ia|ian)? (muy )?(joven|chica|chico|menor)|parece(n)? (muy )?(joven|menor|"
    r"nina|nino)"
)
# "ok", "ok thank you": heard, not a yes to "is anyone in danger?"
ACKNOWLEDGED = re.compile(
    r"^((ok|okay|k|kk|oki|alright|cool|thanks?|thank you|thank u|ty|gracias|vale|va|bueno|"
    r"listo|sure|right|got it|entiendo|entendido)\b ?)+$"
)
ADULT = any_of(r"adults?|grown (women|men)|over 18|all grown|adult(o|a)s|mayores de edad")
# "nobody is a child", "no kids": a child named only to say there is none.
# "somos como 12", "there are like 15": a count, not an age.
COUNT_PHRASE = re.compile(
    r"\b(somos|son|eramos|hay|habia|there are|there were|theres|there s|we are|were|we re) "
    r"(como |like |about |around |unos |unas |maybe )?\d+\b"
)
NO_MINOR = any_of(
    r"(nobody|no one|none of them|no|not|nobody there|none) (is |are |was |were )?(a |any )?"
    r"(kids?|child|children|minors?|teens?|underage|under 18)|no (hay )?(ninos|ninas|menores)|"
    r"(ningun|ninguna|nadie es) (menor|nino|nina)"
)

# What the read-back names of what happened, in a few words per sign (English, Spanish).
GIST = (
    (
        any_of(r"passports?|ids?|papers|documents|pasaportes?|papeles|documentos|identificacion"),
        "documents held",
        "documentos retenidos",
    ),
    (
        any_of(
            r"debts?|owes?|owed|pay (it )?back|deudas?|deben|debemos|debo|pagar el (viaje|boleto)"
        ),
        "a debt",
        "una deuda",
    ),
    (
        any_of(
            r"(not|never|don t|dont|didn t|didnt|barely) (get )?(paid|pay)|unpaid|no pay|"
            r"\d+ (dollars|bucks) a (week|month)|no (me|nos|les|le) pagan|sin (pago|sueldo)"
        ),
        "little or no pay",
        "poco o ningun pago",
    ),
    (
        any_of(
            r"lock\w*|(can t|cant|cannot|never) (leave|go (out|anywhere))|not allowed to (leave|"
            r"go)|won t let|wont let|guards?|watched|encerrad\w*|no (nos|les|las|los|me) dejan|"
            r"no (pueden|podemos|puede) salir|vigilad\w*"
        ),
        "not free to leave",
        "sin libertad de salir",
    ),
    (
        any_of(
            r"live (upstairs|there|in the|at the|on site)|sleep (in|at) the|bunkhouse|basement|"
            r"viven (arriba|ahi|en el|en la)|duermen (en|ahi)"
        ),
        "living where they work",
        "viven donde trabajan",
    ),
    (any_of(r"threat\w*|call(s)? immigration|deport\w*|amenaz\w*|la migra"), "threats", "amenazas"),
    (
        any_of(r"hit(s|ting)?|beat(s|en|ing)?|slap\w*|punch\w*|golpe\w*|pega\w*"),
        "violence",
        "violencia",
    ),
    (
        any_of(
            r"cash|johns?|clients|customers pick|cars pull up|for sex|sexo|prostitu\w*|clientes"
        ),
        "paid sex",
        "sexo pagado",
    ),
)
# An age under 18 as said ("shes 15 not 16": the last one said stands).
AGE = re.compile(
    r"\b(?:is|s|shes|hes|age|aged|about|like|maybe|only|just|tiene|de|turned)\s+(1[0-7]|[1-9])\b"
    r"(?! (?:of|people|men|women|guys|workers|personas|hombres|mujeres|minutes|hours|days))|"
    r"\b(1[0-7]|[1-9])\s?(?:yo|years? old|anos)\b"
)
# Things that help find them: a phone number, a named site or ad.
FINDERS = re.compile(
    r"\b\d{3}[ .-]\d{4}\b|\b(?:site|app|page|ad|account|profile|pagina|anuncio)s? (?:is |es )?"
    r"(?:called|named|se llama|llamad[oa]) [\w.-]+",
    re.IGNORECASE,
)
VEHICLE = re.compile(
    r"\b((white|black|red|blue|silver|gray|grey|green|gold|tan|blanca|negra|roja|azul|gris|"
    r"plateada)( \w+)? (van|truck|car|suv|sedan|pickup|camioneta|carro|coche|\w+)|"
    r"plates? (number )?(starts? (with|w) )?[a-z0-9-]{2,8})\b",
    re.IGNORECASE,
)
