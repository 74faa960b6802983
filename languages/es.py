"""Spanish: read in full by the triage, conversed in by the bot.

Pattern tables are matched against folded text (lower case, no accents, SMS spellings expanded).
"""

from __future__ import annotations

from languages.base import Language

CL = r"(?:la|lo|las|los|me|nos|les|le|te)"
G2 = r"(?:[\w']+ ){0,2}"
G3 = r"(?:[\w']+ ){0,3}"
G5 = r"(?:[\w']+ ){0,5}"
GENTE = (
    r"(?:personas|trabajadores|hombres|mujeres|muchachas|chicas|chavas|ninas|ninos|senoras|gente)"  # noqa: E501
)

INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (
        r"(?:le|les|me|nos) (?:quita|quitan|quito) (?:todo el dinero|el dinero|la paga|lo que gan\w*)",
        r"padrotes?",
        r"proxenetas?",
        r"chulos?",
        r"lenon\w*",
        r"madrotas?",
        r"tratantes?",
        rf"{CL} (?:quita|quitan|quito|quitaron|quitaba) (?:todo )?(?:el|su|mi|nuestro|sus) (?:dinero|sueldo|ganancias|propinas)",  # noqa: E501
        r"se (?:queda|quedan|quedo|quedaba) con (?:todo )?(?:el|su|mi|nuestro|lo que) (?:dinero|ganan|ganamos|gana|cobran)",  # noqa: E501
        rf"{CL} (?:oblig\w+|fuerza\w*|forz\w+|hace|hacen|hacia|hacian|hizo|ponen|pone|ponian) a (?:prostitu\w+|prostituirse|prostituirme|prostituirnos|acostarse|acostarme|tener sexo|tener relaciones|ver clientes|atender (?:a )?(?:clientes|hombres)|estar con (?:hombres|clientes)|pedir dinero|bailar|desnudarse)",  # noqa: E501
        r"habla por (?:ella|ellas|el|ellos)",
        rf"{CL} (?:explota|explotan|exploto|prostituye|prostituyen|vende|venden|vendio)",  # noqa: E501
    ),
    "confiscated_documents": (
        rf"(?:quito|quitaron|quita|quitan|tiene|tienen|guarda|guardan|retiene|retienen|se quedo con|se quedaron con|se queda con|escondio|escondieron) {G2}(?:pasaportes?|papeles|documentos|identificacion|visa|credencial|acta de nacimiento|ine|matricula)",  # noqa: E501
    ),
    "debt_bondage": (
        r"(?:le|les|me|nos) cobra\w* (?:\d+|mil|miles|todo)",
        r"deudas?",
        r"(?:debe|debo|deben|debemos) (?:\w+ ){0,3}(?:dinero|pesos|dolares|\$|\d+|el viaje|la comida|la renta|al patron|al jefe|al coyote|mil)",  # noqa: E501
        r"cobran (?:\w+ ){0,3}(?:la comida|renta|el viaje|el transporte|todo|el cuarto)",
    ),
    "restricted_movement": (
        rf"no {CL} (?:dejan|deja|dejaron|dejaba|dejaban|permiten|permite) (?:salir|irse|ir|regresar|volver|renunciar)",  # noqa: E501
        r"no (?:puede|pueden|podemos|puedo|podia|podian) (?:salir|irse|irme|irnos|renunciar|regresar|volver)",  # noqa: E501
        r"(?:nadie|ninguna|ninguno) (?:puede|pueden|podia) salir",
        r"(?:siempre )?vigilad[oa]s?",
        r"(?:los|las|la|lo|nos|me) vigilan",
        r"no (?:tiene|tienen|tenemos|tengo) permiso (?:de|para) salir",  # noqa: E501
        r"nunca (?:sale|salen|salimos)",
    ),
    "confinement": (
        r"encerrad[oa]s?",
        r"encierran",
        r"encierra",
        r"encerraron",
        r"encerro",
        r"encerrar",
        r"encadenad[oa]s?",
        r"cadenas",
        r"secuestrad[oa]s?",
        r"secuestr\w+",
        r"bajo llave",
        r"cautiv[oa]s?",
        r"atrapad[oa]s?",
        r"amarrad[oa]s?",
    ),
    "threats_of_violence": (
        rf"amenaz\w+ {G5}(?:matar|golpear|pegar|lastimar|hacer dano|familia|hijos)",
        rf"(?:va|van|iba|iban) a (?:matar|golpear|pegar|lastimar){CL}?",
        rf"{CL} (?:van a|va a|iba a|iban a) (?:matar|pegar|golpear|lastimar)",
        r"(?:matar|matan|mata) a (?:mi|su|sus|nuestra|nuestros|mis) (?:famil\w+|hijos|mama|madre)",
        rf"(?:dijo|dice|dicen|dijeron) que {G3}(?:matar|matara|mataria|lastimar)",
        rf"{CL} amenaz(?:a|an|o|aron)(?! {G3}(?:migra|inmigracion|ice|deport|policia|fotos|videos))",  # noqa: E501
    ),
    "threats_of_deportation": (
        rf"(?:amenaz\w+|dice que|dicen que|dijo que|va a|van a) {G5}(?:migra|inmigracion|ice|deport\w+|la policia)",  # noqa: E501
        r"(?:llamar|llama|llamaran|llamara|hablar) a (?:la )?(?:migra|inmigracion|ice)",
    ),
    "threats_of_exposure": (
        rf"(?:amenaz\w+|va a|van a) {G5}(?:publicar|subir|mandar|ensenar|mostrar|compartir|difundir) {G3}(?:fotos|videos?)",  # noqa: E501
        r"chantaj\w+",
        r"extorsion\w*",
        r"extorsiona\w*",
    ),
    "signs_of_abuse": (
        r"golpes",
        r"golpead[oa]s?",
        r"golpean",
        r"golpea",
        r"golpearon",
        r"golpeo",
        rf"{CL} (?:pega|pegan|pego|pegaron|maltrata|maltratan)",
        r"moretones",
        r"moreton",
        r"morados?",
        r"quemaduras",
        r"cicatrices",
        r"heridas",
        r"lastimad[oa]s?",
        r"maltrat\w+",
    ),
    "sexual_violence": (
        r"viol(?:o|aron|an|a|ada|adas|ado|ar|acion|aciones|ando)\b",
        r"abus\w+ sexual\w*",
        r"abus(?:a|an|o|aron) de (?:ella|ellas|mi|nosotras)",
        rf"{CL} (?:obligan|obliga|forzaron|forzo) a tener (?:sexo|relaciones)",
    ),
    "weapon": (
        r"pistolas?",
        r"armas?",
        r"cuchillos?",
        r"navajas?",
        r"machetes?",
        r"rifles?",
        r"armad[oa]s?",
        r"cuerno de chivo",
    ),
    "unpaid_wages": (
        rf"no {CL}? ?(?:paga|pagan|pagaron|pago|pagaba|pagaban|han pagado|ha pagado)(?! (?:a tiempo|completo|las horas extra|el overtime|extra))",  # noqa: E501
        r"sin (?:pago|sueldo|paga|salario|cobrar)",
        r"se (?:queda|quedan|quedaba) con (?:la mitad de |parte de |todo )?(?:mi|su|nuestro|el) (?:cheque|sueldo|pago|salario|dinero)",  # noqa: E501
        r"trabaj\w+ (?:\w+ ){0,2}gratis",
        r"(?:trabaja|trabajan|trabajamos|trabajo) por (?:comida|nada)",
        rf"(?:nunca|jamas) {CL}? ?(?:pagan|paga|pagaron|pago)",
        r"se queda con (?:el|nuestro|mi|su) (?:sueldo|salario|pago|cheque)",
    ),
    "recruitment_fraud": (
        rf"ofreci\w+ {G5}(?:trabajo|empleo|chamba)[^.\n]{{0,60}}(?:pero|al llegar|cuando lleg)",  # noqa: E501
        rf"prometi\w+ {G5}(?:trabajo|empleo|chamba|papeles|visa|buen sueldo|escuela|estudiar)",  # noqa: E501
        rf"{CL} (?:engan\w+)",
        r"era mentira",
        r"trabajo falso",
        r"anuncio falso",
    ),
    "isolation": (
        rf"no {CL} (?:dejan|deja|permiten) (?:hablar|llamar|comunicarse|ver|usar|tener)",
        rf"{CL} (?:quitaron|quita|quitan|quito) (?:el|los|su|sus|mi|mis) (?:celular(?:es)?|telefonos?)",  # noqa: E501
        r"no (?:puede|pueden|puedo|podemos) (?:hablar|llamar|comunicarse|ver) (?:con|a) (?:\w+ )?(?:familia|nadie)",  # noqa: E501
        r"sin (?:celular|telefono|contacto)",
        r"aislad[oa]s?",
    ),
    "forced_criminality": (
        rf"(?:obliga|obligan|obligaron|hace|hacen|fuerzan|forzaron) {G2}a (?:vender|robar|transportar|cargar|pasar|mover) (?:drogas?|cristal|mota|cocaina)?",  # noqa: E501
        r"vender drogas?",
        r"robar para (?:el|ellos|ella)",
        r"burrer\w+",
        r"mulas?",
    ),
    "deprivation": (
        rf"no {CL}? ?(?:dan|da|dejan|deja|daban) (?:de )?(?:comer|comida|agua|dormir|descansar|medicina|ir al (?:medico|doctor|hospital))",  # noqa: E501
        r"sin (?:comida|comer|agua|dormir|medicina|medico|doctor)",
        r"pasan hambre",
        r"hambre",
        rf"(?:no|nunca) {CL} (?:llevan|lleva) al (?:medico|doctor|hospital)",
    ),
    "child_labor": (
        rf"(?:ninos|ninas|nino|nina|menores|chamacos|chiquillos) {G3}(?:trabajando|trabajan|trabaja|piscando|cosechando|vendiendo|pidiendo)",  # noqa: E501
        r"trabajo infantil",
        r"trabaj\w*[^.\n]{0,80}no (?:van|va|iban|iba|pueden ir|puede ir|los dejan ir|la dejan ir|lo dejan ir) a la escuela",  # noqa: E501
        r"(?:en vez de|en lugar de) (?:ir a )?(?:la )?escuela[^.\n]{0,40}trabaj\w*",
    ),
    "branding_tattoo": (
        rf"tatua\w* {G5}(?:nombre|iniciales|corona|codigo|dinero|propiedad)",
        r"marcad[oa]s? (?:con|de) (?:su|el) nombre",
        r"propiedad de",
    ),
    "quota": (
        r"cuotas?",
        rf"(?:tiene|tienen|tengo|tenemos) que (?:sacar|ganar|juntar|traer|hacer|entregar) {G2}(?:\$ ?\d+|\d+ (?:pesos|dolares)|cierta cantidad) {G2}(?:por|cada|al|a la) (?:noche|dia|semana|turno)",  # noqa: E501
        r"no (?:puede|pueden|podemos|puedo) (?:regresar|volver|irse) hasta (?:que )?",
    ),
    "medical_emergency": (
        r"inconsciente",
        r"desmayad[oa]",
        r"no respira",
        r"sobredosis",
        r"sangrando",
        r"sangra mucho",
        r"convulsion\w*",
        r"muriendo",
        r"herid[oa] grave",
        r"muy enferm[oa]",
        r"perdio el conocimiento",
    ),
    "lives_at_workplace": (
        rf"(?:vive|viven|vivimos|vivo|duerme|duermen|dormimos|duermo) {G3}(?:en|dentro del?|atras del?|arriba del?) (?:el |la |los |las )?(?:trabajo|negocio|restaurante|salon|spa|local|tienda|rancho|fabrica|campo|cocina|cuarto de atras|bodega|masaje\w*)",  # noqa: E501
        r"(?:viven|duermen|vive|duerme) donde (?:trabajan|trabaja|trabajamos)",
    ),
    "poor_living_conditions": (
        rf"(?:\d+|muchos|muchas|varios|varias) {GENTE} {G3}(?:en|comparten) (?:un|una|el mismo|la misma|1|un solo) (?:cuarto|trailer|traila|casa|cama|departamento)",  # noqa: E501
        r"duermen en el (?:piso|suelo)",
        r"colchones en el (?:piso|suelo)",
        r"sin (?:bano|agua potable|luz)",
        r"hacinad\w+",
        r"amontonad\w+",
    ),
    "transported_to_work": (
        rf"(?:van|camioneta|troca|carro|chofer|bus|raite) {G5}(?:recoge|recogen|lleva|llevan|trae|traen|deja|dejan)",  # noqa: E501
        rf"{CL} (?:recogen|llevan|traen) {G2}(?:al trabajo|a trabajar|en (?:una|la) (?:van|camioneta|troca))",  # noqa: E501
    ),
    "excessive_hours": (
        r"(?:1[2-9]|2[0-4]|doce|catorce|quince|dieciseis|dieciocho|veinte) horas (?:al dia|por dia|diarias|cada dia|al turno|seguidas)",  # noqa: E501
        r"(?:7|siete) dias (?:a la|por) semana",
        r"sin (?:dias? de )?descanso",
        r"dia y noche",
        r"no (?:tiene|tienen|tenemos|tengo) (?:dia|dias) de descanso",
    ),
    "high_buyer_traffic": (
        rf"(?:muchos|muchisimos|varios|bastantes|puros|diferentes|\d+) (?:hombres|senores|carros|clientes|tipos|personas) {G5}(?:entran|salen|entrar|salir|llegan|van|vienen|visitan|cada noche|al dia|por noche)",  # noqa: E501
        r"entran y salen",
        r"pagan en la puerta",
    ),
    "high_security_premises": (
        rf"ventanas {G2}(?:tapadas|cubiertas|con rejas|pintadas|oscuras|polarizadas)",
        r"rejas en las ventanas",
        r"camaras por todos lados",
        r"guardias?",
        r"alambre de puas",
    ),
    "unusual_hours": (
        r"(?:abierto|abre|abren|trabajan|trabaja) (?:\w+ ){0,3}(?:hasta (?:las|la) (?:[1-5]|dos|tres|cuatro|cinco|madrugada)|toda la noche|24 horas)",  # noqa: E501
        r"de madrugada",
        r"toda la noche",
    ),
    "online_ad": (
        rf"(?:anuncios?|publica|publican|publicad[oa]s?|pagina) {G3}(?:en )?(?:internet|facebook|instagram|craigslist|skipthegames|megapersonals|listcrawler|sitios?|web|redes)",  # noqa: E501
    ),
    "online_recruitment": (
        rf"(?:conocio|conoci|conocieron|contacto|contactaron|recluto|reclutaron|escribio|escribieron) {G5}(?:en|por) (?:facebook|instagram|tiktok|whatsapp|internet|una app|snapchat|telegram|redes)",  # noqa: E501
        r"(?:oferta|anuncio) de trabajo (?:en|por) (?:facebook|internet|redes)",
    ),
    "moved_between_locations": (
        rf"{CL} (?:mueven|cambian|llevan|movieron|cambiaron|rotan) {G3}(?:de (?:ciudad|lugar|estado) en|a otr[oa]s? (?:ciudad|lugar|estado|casa)|cada (?:semana|mes))",  # noqa: E501
        r"de ciudad en ciudad",
        r"de un lugar a otro",
    ),
    "fearful_submissive": (
        r"miedo",
        r"asustad[oa]s?",
        r"aterrad[oa]s?",
        r"temeros[oa]s?",
        r"no (?:mira|miran) a los ojos",
    ),
    "scripted_answers": (
        r"(?:le|les) dicen que (?:decir|contestar)",
        r"misma historia",
        r"respuestas ensayadas",
        r"contesta por (?:ella|el|ellas)",
    ),
    "disoriented": (
        r"no (?:sabe|saben|se|sabemos) (?:donde (?:esta|estan|estoy|estamos)|en que ciudad|la direccion|que dia)",  # noqa: E501
        r"desorientad[oa]s?",
        r"confundid[oa]s?",
    ),
    "romance_grooming": (
        rf"(?:novio|novia|pareja) {G5}(?:obliga|obligo|hace|hizo|vende|vendio|manda|mando|prostituye|prostituyo|pide) {G3}(?:acostar\w*|sexo|clientes|hombres|prostitu\w*)",  # noqa: E501
        rf"(?:hombre|senor) mayor {G3}(?:le|les) (?:compra|regala|da|compro|regalo) (?:regalos|ropa|cosas|celular)",  # noqa: E501
        r"dice que (?:la|me) (?:ama|quiere)",
        r"enamor\w+ para",
    ),
    "no_possessions": (
        r"sin (?:pertenencias|maletas|sus cosas)",
        r"no (?:tiene|tienen) (?:ropa|pertenencias|sus cosas)",
    ),  # noqa: E501
    "multiple_phones": (r"(?:dos|2|tres|3|varios|muchos) (?:celulares|telefonos)",),
    "self_report": (
        r"ayudame",
        r"ayudenme",
        r"necesito ayuda",
        r"quiero (?:salir|irme)",
        r"(?:me|nos) (?:obligan|obliga|obligaron)",
        r"mi (?:jefe|patron|patrona|padrote)",
        r"nuestro (?:jefe|patron)",
    ),
    "remote_sexual_acts": (
        r"camara web",
        r"webcam",
        r"en camara",
        r"video ?llamadas?",
        r"onlyfans",
        r"fotos (?:intimas|desnud[oa]s?|sexuales)",
        r"videos? (?:intimos|sexuales|porno)",
    ),
}

AHORA = r"(?:ahora mismo|ahora|en este momento|esta noche|ahorita|ya mismo)"

DANGER: tuple[str, ...] = (
    # Contado por la situacion: encadenado esta noche, tosiendo sangre sin medico.
    rf"(?:esta noche|ahorita|ahora mismo|ahora) {G5}(?:encadenad|encerrad|amarrad|golpe|pegando)\w*",
    r"(?:tosiendo|escupiendo|vomitando) sangre",
    r"auxilio",
    r"socorro",
    rf"(?:ayuda|ayudame|ayudenme|ayudanos)[ ,!]*(?:{G3})?(?:ya|rapido|urgente|{AHORA}|me (?:van a|quieren) matar)",  # noqa: E501
    r"(?:sacame|sacanos|saquenme) de aqui",
    r"(?:manden|mande|llamen|llame) a la policia",
    r"vengan por (?:mi|nosotr[oa]s)",
    r"(?:estoy|estamos|esta|estan) en peligro",
    r"hay (?:[\w']+ ){0,3}(?:encerrad|encadenad|amarrad|atrapad|secuestrad)\w*(?! (?:[\w']+ ){0,3}(?:cada|todas las noches|en las noches|por las noches))",  # noqa: E501
    rf"(?:estoy|estamos|esta|estan|me tienen|nos tienen|la tienen|las tienen) {G2}(?:encerrad|encadenad|amarrad|atrapad|secuestrad)\w*",  # noqa: E501
    rf"{CL} (?:van a|quieren|piensan) (?:vender|llevar|mover|matar|sacar|entregar) {G5}(?:hoy|esta noche|manana|{AHORA}|en (?:unas|una|un par de|\d+) horas?)",  # noqa: E501
    r"(?:va a|van a) matar(?:me|la|lo|nos|los|las)",
    rf"{CL} (?:quiere|quieren|van a|va a) matar",
    rf"{CL} (?:esta|estan) (?:golpeando|pegando|violando|lastimando|ahorcando|matando)",
    r"apuntando con (?:una )?(?:pistola|arma|cuchillo)",
    r"(?:inconsciente|no respira|desmayad[oa]|sangrando mucho|sobredosis)",  # noqa: E501
    r"(?:en el suelo|en el piso|tirad[oa])[^.\n]{0,30}(?:sin moverse|no se mueve|no responde)",
    rf"acaba(?:n)? de (?:golpear|pegar|apunalar|acuchillar|disparar|quemar)\w* {G2}",
    rf"(?:encerrad|encadenad|amarrad|golpe|pegando)\w* {G5}{AHORA}",
    r"au secours",
    r"aidez-?moi",
    r"me ajuda",
    r"me ajudem",
)

HARM: tuple[str, ...] = (
    r"cuchillo",
    r"pistola",
    r"arma",
    r"machete",
    r"persigu\w+",
    r"humo",
    r"fuego",
    r"sangr\w+",
    r"encerrad\w*",
    r"amarrad\w*",
    r"subir\w* a (?:una|un|la|el) (?:camioneta|carro|troca|van|camion)",
    r"(?:llevar|matar|vender)(?:me|nos|la|lo|las|los)",
)
IMMINENT: tuple[str, ...] = (
    r"ahora",
    r"ahorita",
    r"esta noche",
    r"en (?:una|unas|\d+|dos|media) (?:horas?|minutos?)",
    r"rapido",
    r"auxilio",
    r"ayud\w*",
    r"911",
    r"tengo miedo",
    r"me (?:quieren|van a)",
)

SAFE: tuple[str, ...] = (
    r"(?:estoy|estamos|esta|estan) (?:bien|a salvo|segur[oa]s?)(?: ahora| por ahora)?",
    r"(?:no|nadie) (?:estoy|esta|estan|estamos) en peligro",
)

NEGATION = r"no|nadie|nunca|jamas|ni|tampoco|ningun\w*"
HEDGE = r"no se|no estoy segur[oa]|no sabemos"
HYPOTHETICAL = r"que pasa si|que pasaria si|si alguien|si una persona|si un patron|seria|supongamos|hipotetic\w*|en general|es (?:ilegal|legal|delito|trata) (?:que|si)|como (?:saber|se si|identificar)|senales de"  # noqa: E501
OWN_SITUATION = r"mi|mis|nuestr[oa]s?|me"

CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (
        # Hombres que le pagan a alguien por estar con una persona; videos o fotos por dinero.
        rf"(?:hombres|senores|tipos|clientes|camioneros|choferes) {G5}(?:le|les) (?:pagan|pagaban|dan|daban|dejan) {G3}(?:dinero|plata|en la puerta|por)",
        rf"(?:le|les) pagan {G3}(?:por|en la puerta)",
        r"(?:la|lo|las|los) (?:esta|estan) vendiendo",
        r"hacer pases",
        r"club(?:es)? de alterne",
        rf"'?clientes'? {G2}(?:para|de) '?(?:videos|fotos|shows|transmisiones)",
        r"(?:videos?|transmisiones|shows?) en vivo {G5}(?:dinero|pagan|paga|cobra|mitad)",
        r"(?:por|para) '?(?:fotos|visitas|videos)'? {G3}(?:dinero|pagan|paga|cobra)",
        rf"pagan {G3}por '?(?:fotos|visitas|videos)",
        rf"(?:salir|acostarse|estar|irse) con {G2}(?:clientes|hombres|senores)",
        r"(?:la|las|lo|los|nos|me) (?:vende|venden|vendia|vendio|vendian) (?:a|con) (?:otros )?(?:hombres|senores|clientes|tipos)",
        r"(?:la|las|me|nos) anuncia\w*",
        rf"acostar\w* con {G2}(?:clientes|hombres)",
        r"(?:dinero|pago|paga|pagan|regalos|tarjetas)\w*[^.\n]{0,40}? (?:por|para) (?:hacer|mandar|enviar|grabar|tomar)(?:se)? (?:[\w']+ )?(?:videos?|fotos|shows?)",  # noqa: E501
        rf"(?:da|dan|daba|daban|paga|pagan|pagaba|pagaban) {G5}para (?:estar|dormir|acostarse|quedarse|pasar la noche) (?:a solas |sol[oa] )?con",  # noqa: E501
        rf"(?:videos?|fotos|shows?|fiestas) {G3}por dinero",
        r"prostitu\w*",
        r"trabajo sexual",
        r"sexoservidora\w*",
        r"sexo (?:por|a cambio de) (?:dinero|drogas|renta|comida)",  # noqa: E501
        r"(?:clientes|hombres) (?:que )?(?:pagan|entran|las visitan|la visitan)",
        r"padrotes?",
        rf"(?:atender|ver|estar con|acostarse con) {G2}(?:clientes|hombres)",
        r"table ?dance",
        r"striptease",
        r"bailarinas?",
        r"citas? con (?:hombres|clientes)",
        r"escorts?",
        r"pagan por (?:sexo|estar con)",
        r"venden? (?:a )?(?:su hija|las muchachas|ninas|mujeres)",
        r"casa de citas",
        r"burdel",
        r"entran y salen (?:hombres|senores)",
        rf"(?:muchos|varios|diferentes|\d+) (?:hombres|senores|tipos) {G5}(?:entran|salen|llegan|vienen|visitan|cada noche|por noche)",  # noqa: E501
        r"pagan en la puerta",
        rf"vend\w+ {G2}(?:fotos|videos|contenido)",
    ),
    "work": (
        r"trabaj\w+",
        r"chamba\w*",
        r"jefe",
        r"patron\w*",
        r"empleo",
        r"emplead[oa]s?",
        r"sueldo",
        r"salario",
        r"pago",
        r"pagan",
        r"paga",
        r"turno",
        r"contratista",
        r"mayordomo",
    ),
    "labor_sector": (
        r"meser[oa]s?",
        r"campo",
        r"ranchos?",
        r"cosecha\w*",
        r"piscando",
        r"pizca",
        r"fabrica",
        r"bodega",
        r"construccion",
        r"restaurantes?",
        r"cocina",
        r"lavaplatos",
        r"salon de unas",
        r"unas",
        r"limpieza",
        r"limpiando",
        r"limpian (?:casas|oficinas)",
        r"empleada domestica",
        r"trabajo domestico",
        r"ninera",
        r"cuidar (?:ninos|a los ninos|ancianos)",
        r"pidiendo dinero",
        r"pisca\w*",
        r"gana",
        r"ganan",
        r"ganaba",
        r"pedir dinero",
        r"vend\w+ (?:dulces|flores|chicles|en la calle)",  # noqa: E501
        r"lavado de carros",
        r"car wash",
        r"barco",
        r"pesca",
        r"costura",
        r"maquila\w*",
        r"lavanderia",
        r"panaderia",
        r"jardineria",
    ),
    "massage": (r"masajes?", r"spa", r"sala de masajes"),
    "suspicion": (
        r"sospech\w+",
        r"raro",
        r"extrano",
        r"trata de personas",
        r"trata de blancas",
        r"creo que",
        r"algo (?:no )?(?:esta )?(?:mal|raro)",
        r"no es normal",
    ),
    "smuggling": (
        r"coyotes?",
        r"polleros?",
        r"cruzar la frontera",
        r"cruzamos",
        r"cruce la frontera",
        r"me (?:cruzo|pasaron)",
    ),  # noqa: E501
    "partner": (
        r"(?:mi|su) (?:esposo|esposa|novio|novia|pareja|marido|ex)\b",
        r"(?:mi|su) (?:companer[oa] de cuarto|casero)",
    ),
    "past_long": (
        r"(?<!desde )(?<!paga )(?<!pagan )(?<!pagado )(?<!pago )hace (?:\d+|muchos|varios|unos|dos|tres) (?:anos|meses)",  # noqa: E501
        r"(?<!desde )el ano pasado",
        r"cuando (?:era|yo era) (?:nina|nino|joven|chica|chico)",
        r"de nina",
        r"de nino",
    ),
    "past_recent": (r"(?<!desde )hace (?:\d+|unas|varias|dos|tres) semanas", r"el mes pasado"),
    "present": (
        r"ahora mismo",
        r"todavia",
        r"aun",
        r"siguen?",
        r"hoy",
        r"anoche",
        r"ayer",
        r"esta (?:semana|noche|manana|tarde)",
        r"todos los dias",
        r"todas las noches",
        r"cada noche",
        r"hace (?:\d|unos|dos|tres) dias",
        r"en este momento",
        r"desde (?:el ano pasado|hace \w+ (?:anos|meses)|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))",  # noqa: E501
        r"(?:trabajo|trabajamos|vivo|vivimos) (?:\w+ ){0,4}(?:ahi|aqui|alli)",
    ),
    "out_safe": (
        r"en un (?:albergue|refugio)",
        r"escap\w+",
        r"ya (?:sali|salio|salieron|salimos)",
        r"(?:esta|estoy|estan|estamos) a salvo",  # noqa: E501
        r"en un refugio",
        r"ahora (?:vivo|estoy|estamos|vivimos|esta|vive) (?:bien|a salvo|tranquil\w*)",
        r"ya no (?:esta|estan|trabaja|trabajo|vive) (?:ahi|alli|con)",  # noqa: E501
        r"(?:nos|la|lo|las|los|me) rescat\w+",
        r"logre salir",
        r"logro salir",
    ),
    "hearsay": (
        r"escuche que",
        r"dicen que (?:en|hay|alli|ahi|por|alla)",
        r"me contaron",
        r"me dijeron que",
        r"rumor\w*",  # noqa: E501
        r"una amiga (?:me )?dijo",
        r"supuestamente",
        r"al parecer",
    ),
    "identifiable": (
        r"mi (?:hermana|hermano|hija|hijo|prima|primo|sobrina|sobrino|mama|madre|papa|padre|tia|tio|amiga|amigo|vecina|vecino|companer[oa]|novia|novio|esposa|esposo)",  # noqa: E501
        r"se llama",
        r"(?:yo )?estoy",
        r"estamos",
    ),
    "question": (
        r"^\W*(?:que|como|donde|cual|cuales|quien|quienes|cuando|por que|hay|puedo|pueden|es)\b",  # noqa: E501
        r"\?\W*$",
        r"informacion",
        r"una pregunta",
        r"voluntari\w*",
        r"donar",
    ),
    "test": (
        r"^\W*(?:(?:prueba|probando|(?:esto )?es una prueba|hola|buenas|buenos dias|que tal|funciona|que onda)\b\W*)+$",
    ),  # noqa: E501
    "abuse": (
        r"puta\w*",
        r"pendej\w*",
        r"ching\w*",
        r"mierda",
        r"cabron\w*",
        r"idiota\w*",
        r"estupid\w*",
        r"vete a la",
        r"vete al (?:diablo|carajo|infierno)",
        r"inutiles?",
        r"maldit\w*",
        r"culer\w*",
    ),
    "joke": (r"es broma", r"es una broma", r"bromeando", r"era broma", r"nomas jugando"),
    "laugh": (r"jaja\w*", r"jeje\w*", r"jsjs\w*"),
    "chain": (
        r"pas(?:a|en|ar|alo|enlo) (?:este|el) mensaje",
        r"comparte\w*",
        r"compartan",
        r"reenvia\w*",
        r"pasalo",
        r"pasenlo",
        r"cuidado (?:chicas|mujeres|amigas)",
        r"camionetas? blancas?",
    ),
    "minor_sex_context": (
        r"(?:motel|hotel)(?:es)?",
        r"con (?:dos|tres|varios|unos) (?:hombres|senores)",
        r"sexual\w*",
        r"desnud\w*",
    ),
    "self_trafficked": (r"(?:fui|soy|fuimos|somos) victimas? de (?:la )?trata",),
    "employment": (
        r"trabaj\w*",
        r"jefe\w*",
        r"patron\w*",
        r"empleo",
        r"chamba",
        r"mayordomo",
        r"capataz",
    ),
    "others_remain": (
        r"(?:todavia|aun) (?:tiene|tienen) (?:a )?(?:otras|otros|mas)",
        r"(?:otras|otros) (?:siguen|estan todavia|todavia estan)",
    ),
}

NUMBERS = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
}  # fmt: skip

# SMS spellings folded to the words the patterns expect.
SMS_WORDS = {
    "q": "que",
    "k": "que",
    "ke": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "xk": "porque",
    "x": "por",
    "tb": "tambien",
    "tmb": "tambien",
    "tmbn": "tambien",
    "d": "de",
    "xfa": "por favor",
    "xfavor": "por favor",
    "porfa": "por favor",
    "porfavor": "por favor",
    "ahorita": "ahora",
    "aki": "aqui",
    "sta": "esta",
    "stan": "estan",
    "stoy": "estoy",
    "toy": "estoy",
    "pa": "para",
    "hna": "hermana",
    "hno": "hermano",
    "dnd": "donde",
    "kiero": "quiero",
    "aiuda": "ayuda",
    "ps": "pues",
}

LANGUAGE = Language(
    code="es",
    name="Spanish",
    native_name="Español",
    script="latin",
    lingua="SPANISH",
    conversed=True,
    sms_words=SMS_WORDS,
    danger=DANGER,
    harm=HARM,
    imminent=IMMINENT,
    safe=SAFE,
    negation=(NEGATION,),
    hedge=(HEDGE,),
    hypothetical=(HYPOTHETICAL,),
    own_situation=(OWN_SITUATION,),
    indicators=INDICATORS,
    cues=CUES,
    numbers=NUMBERS,
    # Ages in Spanish are read by the rubric's own age grammar (triage/flags.py).
    ages=(),
    minor_words=(r"menor(?:es)? de edad", r"una menor", r"un menor"),
    hints=("ayuda", "ayudame", "auxilio", "estoy", "porfavor", "tengo", "nos", "aqui"),
    keywords={
        "stop": ("alto", "parar", "cancelar"),
        "help": ("ayuda",),
        "start": ("comenzar", "reanudar"),
    },
    examples={
        "cry_for_help": ("auxilio", "ayudenme por favor no me dejan salir y tiene una pistola"),
        "locked_in": ("nos tienen encerradas en el cuarto de atras y no podemos salir",),
        "minor": ("la muchacha que lleva al motel tiene 15 anos y los hombres le pagan a el",),
        "negated_danger": (
            "nadie esta en peligro ahorita, pero el patron nos quito los pasaportes",
        ),
        "commercial_sex": (
            "el encargado obliga a las chicas a acostarse con clientes y se queda con el dinero",
        ),
        "labor": ("el patron del rancho nos quito los pasaportes y dice que le debemos el viaje",),
    },
)
