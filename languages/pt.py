"""Portuguese (Brazil, Portugal, Africa): danger and cries for help, minors, the indicators and
the kind of exploitation, as people text: no accents, "to/ta/tao" for estou/está/estão, "pfv".

Normalisation turns a lone "n" (SMS for não) into "and": negated patterns accept it, and
danger patterns refuse it just before them.
"""

from __future__ import annotations

from languages.base import Language

G2 = r"(?:[\w'-]+ ){0,2}"
G3 = r"(?:[\w'-]+ ){0,3}"
G5 = r"(?:[\w'-]+ ){0,5}"
NAO = r"(?:nao|naum|and|nunca|ja nao)"
NOT_N = r"(?<!\band )(?<!\bnao )(?<!\bnem )"
# estou / tô / está / tá / estão / tão ...: a state told now.
EST = r"(?:estou|tou|to|estamos|tamos|tamo|esta|ta|estao|tao|somos|continua|continuam|continuo|segue|seguem)"  # noqa: E501
WHO = r"(?:me|nos|a gente|ela|ele|elas|eles|a|o|as|os|lhe|lhes|te|minha \w+|meu \w+|as meninas|as mulheres|a menina|os meninos|o menino)"  # noqa: E501
LOCKED = r"(?:trancad|amarrad|acorrentad|algemad|sequestrad|enjaulad|encarcerad)[oa]s?"
IN = r"(?:num|numa|no|na|nos|nas|em|dentro|aqui|ali|la|nesse|nessa|neste|nesta|a chave|com cadeado|por fora)"  # noqa: E501
NOT_JAIL = r"(?! (?:no |na |em )?(?:cadeia|prisao|penitenciaria|delegacia|presidio|xadrez|cela|transito|engarrafamento|elevador|trabalho ate))"  # noqa: E501
DOCS = r"(?:passaportes?|documentos?|docs|rg|identidade|bilhete de identidade|cartao de cidadao|carteiras? de trabalho|ctps|vistos?|titulo de residencia|autorizacao de residencia|cartao de residencia|residence card|papeis)"  # noqa: E501
WEAPONS = r"(?:faca|facas|facao|arma|armas|arma de fogo|pistola|revolver|espingarda|fuzil|canivete|machado|tesoura|barra de ferro|pe de cabra)"  # noqa: E501
SOON = r"(?:hoje|hj|esta noite|essa noite|hoje a noite|hoje de noite|agora|amanha|de madrugada|daqui a|daqui (?:uma|duas|\d+)|em (?:uma|duas|\d+|poucas|algumas) horas?|ainda hoje)"  # noqa: E501
MOVE = r"(?:levar|vender|mudar|transferir|mandar|despachar|entregar|separar|trocar|embarcar|tirar)"
PAID = r"(?:paga|pagam|pagava|pagavam|recebo|recebe|recebem|recebemos|ganho|ganha|ganham)"

# fmt: off
INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (r"(?:sendo|foi|foram|e|sao) vendid[oa]s?|cafet(?:ao|ina|oes|inas)|rufia(?:o|es)|agenciad[oa]s?|so ele fala|falando por (?:ela|elas|ele)",  # noqa: E501
        rf"(?:fica|ficam|ficava|ficou|pega|pegam|recolhe|recolhem|leva|levam) com {G2}(?:o |os |todo o |tudo|\d+ ?%)? ?(?:dinheiro|pix|grana|tokens|tudo)(?: del[ae]s?)?",  # noqa: E501
        r"fica(?:m)? com (?:\d+ ?%|a maior parte|metade)|(?:pegar|pega|recolher|recolhe|recolhem|buscar|busca) o dinheiro",  # noqa: E501
        rf"(?:obrig|forc)\w+ {G3}(?:a |pra |para )?(?:fazer programas?|atender (?:os )?(?:clientes|homens)|se prostituir|sair com (?:clientes|homens)|ficar com (?:clientes|homens))",  # noqa: E501
        r"(?:tem|tinha|tinham) (?:que|de) (?:sair com (?:os )?clientes|atender (?:os )?(?:clientes|homens)|fazer programas?)",  # noqa: E501
        rf"(?:vende|vendem|vendeu|venderam|oferece|oferecem|oferecia|aluga|alugam) {G3}(?:pra|para|aos?|a) (?:homens|caras|clientes|os amigos|amigos|caminhoneiros)",  # noqa: E501
        r"(?:marca|marcam|agenda|agendam) (?:os )?(?:encontros|programas|clientes)|(?:fala|falam|responde) (?:por ela|por elas|por ele|pelas meninas)",  # noqa: E501
        r"(?:leva|levam) e (?:busca|buscam|traz|trazem)|(?:nunca|jamais) (?:estao|esta|ficam|fica|saem|sai) sozinh[ao]s?|explorad[ao]s? (?:por|pel[oa])",),  # noqa: E501
    "confiscated_documents": (rf"(?:pegou|pegaram|tirou|tiraram|tomou|tomaram|ficou com|ficaram com|fica com|ficam com|ficava com|ficavam com|guarda|guardam|guardou|guardaram|guardava|retem|reteve|retiveram|confiscou|confiscaram|escondeu|esconderam|segura|seguram|recolheu|recolheram|levou|levaram|tem|tinha|esta com|ta com) {G2}(?:o |os |a |as )?(?:meu |minha |meus |minhas |nosso |nossos |seu |seus |sua |suas )?{DOCS}",  # noqa: E501
        rf"(?:tir|fic|peg|guard|tom|lev|confisc)\w*-(?:me|lhe|lhes|nos) (?:com )?(?:o |os |a |as )?{DOCS}",  # noqa: E501
        rf"{DOCS} (?:\w+ ){{0,2}}(?:(?:ficou|ficaram|fica|ficam|esta|estao|ta|tao) (?:com|na mao d)|(?:retid|confiscad|guardad|apreendid|tirad)[oa]s?)",  # noqa: E501
        rf"{NAO} (?:me |nos |lhe |lhes )?(?:devolve|devolvem|devolveu|quer devolver|querem devolver) {G2}{DOCS}",),  # noqa: E501
    "debt_bondage": (rf"(?:pagar|paga|pague|pagando|deve|devo|devem|devemos|devendo|devia) {G3}divida|servidao por divida",  # noqa: E501
        rf"divida {G3}(?:so cresce|cresce|aumenta|nunca acaba|nunca diminui|nao acaba|da viagem|da passagem|do transporte)",  # noqa: E501
        r"(?:deve|devo|devem|devemos|devendo|devia|deviam) (?:\w+ )?(?:\d[\d.,]*|mil|\w+ mil|a passagem|a viagem|o transporte|o aluguel|a comida|a maquina|muito|tudo|ao patrao|ao dono|a ele|a ela|euros|reais)",  # noqa: E501
        r"(?:desconta|descontam|cobra|cobram) (?:tudo|ate a comida|a comida e|o alojamento e|mais do que)|(?:cantina|barracao|venda) do (?:patrao|dono|fazendeiro|gato)",  # noqa: E501
        rf"(?:trabalhar|trabalha|trabalham) {G3}(?:pra|para) pagar {G2}(?:divida|passagem|viagem)",
        r"(?:so|ate|quando|depois de) (?:\w+ )?(?:pagar|quitar) (?:a |o )?(?:divida|passagem|viagem|maquina|aluguel)",),  # noqa: E501
    "restricted_movement": (rf"{NAO} (?:me |nos |a |as |o |os |lhe |lhes |te )?(?:deixa|deixam|deixou|deixaram|deixava|permite|permitem) {G3}(?:sair|ir embora|voltar|ir pra casa|ir para casa|ir a rua|desembarcar|descer)",  # noqa: E501
        rf"{NAO} (?:pode|podem|posso|podemos|consigo|conseguem|consegue|conseguimos) (?:\w+ )?(?:sair|ir embora|desembarcar|voltar|fugir)",  # noqa: E501
        r"(?:so|somente|apenas) (?:sai|saem|saimos) (?:\w+ )?(?:acompanhad\w*|com o dono|com ele|com ela|com o patrao|com a patroa)",  # noqa: E501
        r"(?:so|somente) (?:posso|pode|podem|podemos) (?:sair|ir embora|voltar) (?:quando|depois de|se) (?:\w+ ){0,2}(?:pagar|quitar|terminar)",  # noqa: E501
        r"(?:nunca|nao) (?:sai|saem|saio) (?:de casa|de la|do quarto|da casa|sozinh)|sem (?:poder|direito de) sair|proibid[oa]s? de sair",  # noqa: E501
        r"vigiad[oa]s? (?:o tempo todo|dia e noite|24)|contra a (?:sua |minha |nossa )?vontade",),
    "confinement": (LOCKED,
        rf"(?:me|nos|a gente|as|os|elas|eles|ela|ele|a|o) (?:tranca|trancam|trancaram|trancou|trancava|trancavam|prende|prendem|prenderam|prendeu|prendiam|fecha|fecham|fecharam|fechou) {G2}{IN}",  # noqa: E501
        r"(?:tranc|prend|fech)(?:a|am|aram|ou|avam|iam)-(?:me|nos|as|os|lhe|lhes|na|nas)",
        r"(?:prende|prendem|prenderam|prendiam|trancam|trancaram) (?:as|os) (?:meninas|mulheres|mocas|trabalhadores|criancas|rapazes|raparigas|empregadas)",  # noqa: E501
        rf"(?:fechad|pres)[oa]s? (?:num|numa|no|na|dentro|a chave|em um|em uma|em casa|la dentro){NOT_JAIL}",  # noqa: E501
        r"(?:num|numa|no|na|dentro d[oae]) (?:\w+ )?(?:caminhao|bau|container|contentor|carro|van|carrinha|quarto|porao|cave|casa|barco|camara) (?:\w+ )?(?:fechad|trancad)[oa]s?",
        r"(?:tranca|trancam|trancaram|trancou|trancava|trancavam|prende|prendem|fecha|fecham) (?:a gente|ela|ele|elas|eles|as meninas|as mulheres|os trabalhadores|todo mundo|todos|todas)",  # noqa: E501
        r"cadeados?|cativeiro|carcere privado|mantid[oa]s? (?:pres|trancad|em carcere|a forca|a chave)\w*",),  # noqa: E501
    "threats_of_violence": (rf"ameac\w+ {G5}(?:matar|bater|machucar|espancar|morte|familia|filhos|mae|queimar|furar|sumir)",  # noqa: E501
        rf"(?:diz|disse|dizem|disseram|fala|falou|falaram|avisou) {G5}(?:vai|vao|ia|iam|iria) (?:me |nos |te |a |as |o |os |lhe )?(?:matar|bater|machucar|espancar|queimar|sumir)",  # noqa: E501
        r"(?:me|nos|te|a|o|as|os|lhe) (?:mata|matam|matar|machuca|machucam) (?:se|caso|quando)",
        r"(?:mata|matam|matar|machucar|machucam) (?:a |o )?(?:minha|meu|sua|seu|nossa|a) (?:mae|pai|familia|filh[oa]s?|irma|irmao|mulher)",  # noqa: E501
        r"(?:vai|vao|quer|querem|vou) (?:me |nos |te |la |lo |a gente )?(?:matar|mata-(?:me|la|lo|nos))|ameacad[oa]s? de morte",  # noqa: E501
        r"senao (?:\w+ ){0,3}(?:mata|matam|bate|batem|apanha)|(?:quem|se) (?:nao|and) (?:bate|bater|fizer|trouxer) (?:a )?(?:meta|minimo) (?:\w+ ){0,2}apanha",),  # noqa: E501
    "threats_of_deportation": (rf"(?:chama|chamam|chamar|liga|ligam|ligar|denuncia|denunciam|denunciar|entrega|entregar) {G3}(?:a |o )?(?:imigracao|policia federal|sef|aima|ice|migra)",  # noqa: E501
        rf"ameac\w+ {G5}(?:imigracao|sef|aima|deport|policia federal|mandar de volta)",
        r"(?:vai|vao|vou|vamos|e|ser|seremos|sera|fica|ficam) deportad[oa]s?",
        rf"(?:se|caso) {G5}(?:policia|denunciar|reclamar) {G3}(?:vou|vai|vamos|vao) (?:ser )?(?:pres|deport)\w*",),  # noqa: E501
    "threats_of_exposure": (rf"(?:mandar|manda|mostrar|mostra|postar|posta|espalhar|espalha|vazar|vaza|divulgar|publicar|enviar) {G3}(?:videos?|fotos|nudes|imagens) {G3}(?:familia|familias|pais|marido|igreja|internet)",  # noqa: E501
        r"chantage\w*",),
    "signs_of_abuse": (r"(?:me|nos|a|o|as|os|lhe|lhes|te) (?:bate|batem|bateu|bateram|batia|batiam|espanca|espancam|espancou|espancaram|chuta|chutam|chutou|soca|socam|socou|agride|agridem|agrediu|agrediram|machuca|machucam|machucou|queimou|queimam)",  # noqa: E501
        r"(?:bat|espanc|agred|chut)\w+-(?:me|lhe|lhes|nos|a|o)|(?:bate|batem|bateu|bateram|batia) (?:em|na|no) (?:mim|nos|ela|ele|elas|eles|gente)",  # noqa: E501
        r"(?:espancad|agredid|machucad|surrad)[oa]s?|olhos? roxos?|hematomas?|roxos? (?:no|na|nos|nas|pelo)|(?:surra|porrada|pancadaria|tapa na cara)s?",  # noqa: E501
        r"marcas? de (?:queimadura|cigarro|agressao|surra|corda|pancada)",
        r"apanh(?:ei|ou|a|am|o|ava|avam|ando|aram) (?:do|da|dos|das|de|muito|sempre|todo|toda|quando|se|por)|apanha(?:m)?(?=\W*$)",),  # noqa: E501
    "sexual_violence": (r"estupr\w+|violad[ao]s?|violentad[ao]s?|abus\w+ sexual\w*|abusad[ao]s? (?:por|pel[oa])",
        rf"(?:forc|obrig)\w+ {G2}(?:a |pra )?(?:transar|ter relac\w+|fazer sexo)",),
    "weapon": (r"facas?|facao|armas?(?: de fogo)?|armad[oa]s?|pistolas?|espingardas?|fuzil|canivete|tres oitao|(?:um|uma|o|do|com|de|seu) revolver",),  # noqa: E501
    "unpaid_wages": (rf"{NAO} (?:me |nos |lhe |lhes |os |as |te )?{PAID}(?! (?:a |o |as |os )?(?:hora|horas|extra|rescisao|decimo|ferias|vale|bonus|adicional|em dia|certo))",  # noqa: E501
        rf"{NAO} (?:me |nos |lhe |lhes )?(?:pagou|pagaram|pagam|paga) (?:ninguem|nada|nenhum|um centavo|os salarios|ha|faz|desde)",  # noqa: E501
        r"sem (?:receber|salario|pagamento|ganhar nada|pagar)(?! (?:a |as )?(?:hora|horas) extra)|(?:meses|semanas) sem (?:receber|salario|pagamento)",  # noqa: E501
        rf"(?:trabalh|limp|cozinh|costur)\w* {G3}(?:de graca|sem receber|so pela comida|em troca de comida|por comida|por casa e comida)",  # noqa: E501
        r"(?:fica|ficam|ficou|retem|guarda|guardam) (?:com )?(?:o |os |todo o )?(?:meu |nosso |seu )?(?:salario|salarios|pagamento|ordenado)|salarios? retid[oa]s?",  # noqa: E501
        r"(?:sobram|sobra) (?:so |apenas )?\d+|(?:paga|pagam) (?:so |apenas |uns )?\d+ (?:reais|euros|por mes)|nunca (?:vi|viu|vimos|viram) (?:o |um )?(?:salario|dinheiro|centavo)",),  # noqa: E501
    "recruitment_fraud": (rf"(?:prometeu|prometeram|prometia|promessa de|ofereceu|ofereceram|disse que era|disseram que era|era pra) {G5}(?:emprego|trabalho|salario|vaga|modelo|garconete|baba|casa de familia|restaurante|hotel|estudar)",  # noqa: E501
        rf"(?:vim|veio|vieram|viemos|foi|foram|fui) {G3}(?:pra|para) trabalhar {G5}(?:mas|e agora|quando cheg)",  # noqa: E501
        rf"quando (?:cheguei|chegou|chegamos|chegaram) {G3}(?:disseram|disse|era|tive|tinha|me|nos|ela)",
        r"(?:me|nos|a|as|os) engan(?:ou|aram)|enganad[ao]s?|(?:oferta|proposta|anuncio|vaga) (?:de (?:emprego|trabalho) )?fals[ao]|entrevista de modelo|era (?:tudo )?mentira",),  # noqa: E501
    "isolation": (r"(?:tirou|tiraram|pegou|pegaram|fica com|ficam com|ficou com|tomou|tomaram|confiscou|guarda|guardam|quebrou) (?:o |os |a |as )?(?:meu |seu |nosso )?(?:celulares?|telefones?|telemove(?:l|is))",  # noqa: E501
        rf"{NAO} (?:me |nos |a |as |o |os |lhe |lhes )?(?:deixa|deixam|pode|podem|consegue|conseguem) {G2}(?:falar|ligar|usar o (?:celular|telefone)|ter celular|contato)",  # noqa: E501
        r"(?:nunca|nao) fala(?:m)? com ninguem|(?:so|apenas) (?:consegue|pode|conseguem|podem) ligar (?:escondid|domingo|uma vez)",  # noqa: E501
        r"sem contato com|incomunicave(?:l|is)|isolad[oa]s?",),
    "forced_criminality": (rf"(?:obrig|forc|mand)\w+ {G3}(?:a |pra |para )?(?:vender|embalar|levar|carregar|transportar|traficar|passar|entregar|guardar) {G2}(?:droga|drogas|cocaina|maconha|crack|po|pedra)",  # noqa: E501
        rf"(?:obrig|forc|mand)\w+ {G3}(?:a |pra |para )?(?:roubar|furtar|assaltar|aplicar golpe)|mulas? (?:de droga|do trafico)",),  # noqa: E501
    "deprivation": (rf"{NAO} (?:me |nos |lhe |lhes |a |as |o |os )?(?:da|dao|deixa|deixam|dava|davam) {G2}(?:comer|comida|agua|beber|dormir|descansar|medico|remedio|banho)",  # noqa: E501
        rf"sem (?:comer|comida|agua|dormir|remedio|medico|descanso)|{NAO} (?:como|comemos|come|comem|durmo|dorme) (?:desde|ha|faz|direito)",  # noqa: E501
        r"passa(?:ndo|mos|m)? fome|(?:so|apenas) (?:uma|1) refeicao",
        rf"{NAO} (?:deixa|deixam|deixou|levam|leva) {G2}(?:ao|pro|no) (?:medico|hospital|posto)",),
    "child_labor": (r"trabalho infantil(?!\s*\?)|fora da escola (?:pra|para) trabalhar",
        rf"(?:crianca|criancas|menino|menina|meninos|meninas|garotinh[oa]s?|pequen[oa]s) {G3}(?:trabalhando|vendendo|pedindo|carregando|vendem|trabalham|carregam|pedem esmola|na roca|na lavoura)",  # noqa: E501
        rf"{NAO} (?:vai|vao|frequenta|frequentam) (?:a |na |pra )?escola",),
    "quota": (r"(?:minimo|meta|cota) de (?:programas|clientes|\d+ (?:reais|euros))",
        r"(?:nao|and|se nao|senao) (?:bate|bater|fizer|fiz|trouxer|atingir) (?:a |o )?(?:meta|minimo)",
        rf"(?:tem|tenho|temos|tinha) que (?:fazer|trazer|faturar|tirar|entregar) {G3}\d+ (?:reais|euros|programas|clientes) {G2}(?:por|todo|toda|cada) (?:dia|noite)",),  # noqa: E501
    "medical_emergency": (r"inconscientes?|desmai(?:ou|ada|ado|aram|adas)|desacordad[oa]|overdose|convuls\w+|sangrando|parou de respirar",  # noqa: E501
        r"(?:nao|and) (?:respira|acorda|reage|se mexe)|(?:nao consigo|nao consegue|and consigo) respirar",  # noqa: E501
        r"caiu d[oa] (?:andaime|telhado|laje)|precisa de (?:medico|hospital|ambulancia|socorro)|(?:quebrou|quebrada|quebrado) (?:o braco|a perna|a costela|as costelas)",),  # noqa: E501
    "lives_at_workplace": (rf"(?:dorme|dormem|mora|moram|vive|vivem|durmo|moro) {G2}(?:no|na|num|numa|nos|em|atras d[oa]) (?:proprio )?(?:local|trabalho|estoque|padaria|restaurante|salao|fabrica|oficina|obra|loja|fazenda|cozinha|spa|casa de massagem|quartinho|alojamento|container|contentor|barco|deposito|fundos|sauna|boate|bar)",  # noqa: E501
        r"dorme(?:m)? entre as maquinas|(?:mocas|meninas|mulheres|massagistas) (?:\w+ )?moram (?:la|ali)",),
    "poor_living_conditions": (rf"(?:\d+|muitos|muitas|vari[oa]s) (?:pessoas|homens|mulheres|trabalhadores) {G3}(?:num|numa|no mesmo|na mesma|no) (?:quarto|comodo|barraco|container|contentor|casa)",  # noqa: E501
        r"dorme(?:m)? no chao|colch(?:ao|oes) no chao|barraco de lona|(?:cama|colchao) (?:num|no|em) (?:contentor|container)",),  # noqa: E501
    "transported_to_work": (rf"(?:leva|levam) e (?:busca|buscam|traz|trazem)|(?:van|onibus|kombi|carrinha|carro|caminhao) {G3}(?:leva|levam|busca|buscam|traz|trazem)|trazid[oa]s? de (?:onibus|van|caminhao)",),  # noqa: E501
    "excessive_hours": (r"(?:1[2-9]|2[0-4]|doze|catorze|quatorze|quinze|dezesseis|dezoito|vinte) ?(?:horas|h) (?:por dia|diarias|seguidas|sem parar)",  # noqa: E501
        r"das \d{1,2} ?h? (?:as|ate) (?:as )?\d{1,2}h?|sem (?:folga|dia de folga|descanso)|nunca tem folga|(?:sete|7) dias por semana|dia e noite",),  # noqa: E501
    "high_buyer_traffic": (r"entra(?:m)? homem e sai(?:m)? homem|(?:um|uma) homem atras do outro|homens de hora em hora|so entra(?:m)? hom(?:em|ens)|(?:cobra|cobram|pagam|paga) na porta",  # noqa: E501
        rf"(?:muitos|varios|\d+) homens {G3}(?:entram|entrando|chegam|por noite|por dia)",),
    "high_security_premises": (rf"janelas {G2}(?:tapadas|cobertas|pintadas|com grade|fechadas)|cameras? (?:em|por|pra) todo (?:lugar|lado|canto)|seguranc\w+ armad\w+|cerca eletrica",),  # noqa: E501
    "unusual_hours": (r"ate (?:as )?[1-6] (?:da|h da) (?:manha|madrugada)|a noite toda",),
    "online_ad": (rf"anuncio\w* {G3}(?:site|internet|insta|instagram|facebook|grupo|zap|whatsapp|olx|fatal ?model|skokka)|fatal ?model|skokka",  # noqa: E501
        r"anuncios? (?:de )?'?(?:massagem|massagens|acompanhantes?|garota)",),
    "online_recruitment": (rf"(?:conheci|conheceu|conheceram|chamou|chamaram|recrutou|recrutaram|aliciou|aliciaram|contactou|contatou) {G5}(?:pelo|pela|no|na|num|numa) (?:facebook|face|insta|instagram|tiktok|zap|whatsapp|whats|internet|app|aplicativo|telegram|kwai|grupo)",),  # noqa: E501
    "moved_between_locations": (rf"de cidade em cidade|(?:levam|mudam|trocam|rodam|leva) {G3}(?:de cidade|pra outra cidade|de casa em casa|cada semana)",),  # noqa: E501
    "fearful_submissive": (r"medo|assustad[oa]s?|apavorad[oa]s?|cabeca baixa",),
    "scripted_answers": (r"mesma historia|respostas? decorad\w+|ensaiad[oa]s?",),
    "disoriented": (rf"{NAO} (?:sei|sabe|sabem|sabemos) (?:onde (?:estou|esta|estao|estamos|fica|to|ta)|a cidade|o endereco)|desorientad[oa]s?",),  # noqa: E501
    "romance_grooming": (rf"namorad[oa] {G5}(?:obriga|faz|fez|vendeu|vende|manda|mandou|forca) {G3}(?:programa|atender|homens|clientes|sair com)",  # noqa: E501
        rf"homem mais velho {G3}(?:da|deu|compra|comprou) (?:presentes|celular|roupas|dinheiro)",),
    "no_possessions": (r"sem (?:pertences|bagagem|malas)|so com a roupa do corpo",),
    "multiple_phones": (r"(?:dois|2|tres|3|varios) (?:celulares|telefones|telemoveis)",),
    "self_report": (r"preciso de ajuda|quero (?:sair|ir embora|voltar|fugir)|(?:me|nos) obrig\w+|(?:meu|minha) (?:patrao|patroa|chefe|cafetao|cafetina)",),  # noqa: E501
    "remote_sexual_acts": (r"webcam|(?:live|lives|video|videos) (?:pelad|nu|intim|porn)\w*|fotos? (?:intim|pelad|nu)\w*|nudes|perfil pago|site pago|onlyfans",),  # noqa: E501
    "branding_tattoo": (rf"tatuag\w+ {G5}(?:nome|iniciais|codigo de barras|coroa|dono)",),
}
# fmt: on

_DANGER = (
    r"socorr(?:o|e|am)(?:-me|-nos)?|(?:ajud|salv|socorr|acud)(?:a|e|em|am)-(?:me|nos)|^\W*(?:ajuda|ajudem)\W*$",  # noqa: E501
    rf"{NOT_N}(?:me|nos) (?:ajud|salv|socorr|acud)(?:a|e|em|am)(?! (?:a|com|em|no|na|numa?|nesse|nessa) (?:entender|saber|achar|encontrar|descobrir|denunciar|tirar|escolher|resolver|fazer|uma duvida|uma pergunta|pesquisa))",  # noqa: E501
    r"(?:levaram|pegaram|sequestraram|raptaram|meteram|enfiaram|puseram) (?:a |o )?(?:minha |meu )?\w+ (?:num|numa|no|na|pra dentro d\w+) (?:carro|van|carrinha|caminhao|camiao|kombi)|(?:ajuda|ajudem|socorro)\s*!+",  # noqa: E501
    r"ajuda[ ,!]*(?:por favor|pf|pfv|pfvr|pls|pelo amor de deus|urgente|rapido|agora)|(?:preciso|precisamos|precisa) de ajuda (?:urgente|agora|rapido|ja)",  # noqa: E501
    r"(?:chamem|chame|chama|liguem|ligue|liga|mandem|mande|manda|acionem) (?:(?:a|o|pra|para|pro) ){0,2}(?:policia|190|112|pm|bombeiros|samu|inem|gnr|psp)",  # noqa: E501
    r"(?:me|nos) tir(?:a|e|em) daqui|tir(?:a|e|em)-(?:me|nos) daqui|(?:venham|vem|venha) (?:me |nos )?(?:buscar|salvar|ajudar|rapido|logo)|(?:me|nos) solt(?:a|e|em)",  # noqa: E501
    # locked, tied, held now
    rf"{NOT_N}{EST} {G3}{LOCKED}|{LOCKED} (?:la|aqui|ali) dentro",
    rf"{NOT_N}{EST} {G3}(?:fechad|pres)[oa]s? {IN}{NOT_JAIL}",
    rf"{NOT_N}{EST} {G3}(?:num|numa|no|na|dentro d[oae]) (?:\w+ )?(?:caminhao|bau|container|contentor|carro|van|carrinha|quarto|porao|cave|casa|barco|camara) (?:\w+ )?(?:fechad|trancad)[oa]s?",  # noqa: E501
    rf"{NOT_N}(?:me|nos|a gente) (?:trancaram|trancou|prenderam|prendeu|fecharam|fechou|amarraram|amarrou|acorrentaram|sequestraram|sequestrou|pegaram) (?:{IN}|$)",  # noqa: E501
    rf"(?:trancaram|trancou|prenderam|prendeu|fecharam|fechou|amarraram|sequestraram)(?:-(?:me|nos|na|a)| (?:ela|ele|elas|eles|as meninas|a menina)) {IN}",  # noqa: E501
    # killed, moved or sold soon
    rf"{NOT_N}(?:vai|vao|quer|querem|vem|ta querendo|tao querendo) (?:me |nos |te |a gente |ela |ele )?(?:matar|queimar|esfaquear|furar|enforcar|afogar|estuprar)(?:-(?:me|nos|la|lo))?",  # noqa: E501
    rf"{NOT_N}(?:vai|vao|querem|quer|vem) (?:{WHO} )?{MOVE}(?:-(?:me|nos|la|lo|las|los))? {G5}{SOON}",  # noqa: E501
    rf"{SOON} {G5}(?:vao|vai) (?:{WHO} )?{MOVE}",
    rf"(?:hoje|amanha|esta noite|essa noite|de madrugada) {G3}(?:me|nos|a gente|as|os|ela|ele) (?:leva|levam|vende|vendem|muda|mudam|separa|separam|manda|mandam|entrega|entregam)",  # noqa: E501
    # being hurt now, a weapon out
    r"(?:ta|esta|estao|tao) (?:me |nos |te |a |o |as |os )?(?:batendo|espancando|machucando|estuprando|enforcando|esganando|esfaqueando|matando|atirando|chutando|agredindo|queimando|torturando|arrastando|violentando)",  # noqa: E501
    r"(?:esta|estao|ta|tao) a (?:bater|espancar|agredir|matar|violar|torturar|queimar|esfaquear)(?:-(?:me|lhe|nos|la|lo))?",  # noqa: E501
    r"acab(?:a|ou|aram|am) de (?:me |nos |a |o |lhe )?(?:bater|chutar|esfaquear|atirar|espancar|estuprar|agredir|queimar|furar|cortar|enforcar)(?:-(?:me|lhe|nos|la|lo))?",  # noqa: E501
    rf"{NOT_N}(?:ta|esta|estao|tao|apareceu|chegou|voltou|veio) com (?:uma |um |a |o |as |os )?{WEAPONS}",  # noqa: E501
    rf"{WEAPONS} {G2}apontad[ao]s? (?:pra|para|na|no|pro|em|a)|apontando (?:uma |um |a |o )?{WEAPONS}|(?:tao|estao|ta|esta) armad[oa]s?",  # noqa: E501
    # hurt, unconscious, dying
    r"(?:estou|to|tou|ta|esta|estao|tao|estamos) (?:\w+ )?sangrando|sangr(?:ando|a) (?:muito|demais|sem parar|bastante)",  # noqa: E501
    r"(?:esta|ta|estao|tao|caiu|ficou) (?:\w+ )?(?:desmaiad|inconscient|desacordad)\w*|desmai(?:ou|aram)|parou de respirar|overdose",  # noqa: E501
    r"(?:nao|and) (?:respira|ta respirando|esta respirando|acorda|reage|se mexe|se move|responde mais)(?! (?:\w+ ){0,2}(?:mensage|msg|ligac|zap|whats|telefone|celular|email|as minhas|os meus))",  # noqa: E501
    r"(?:nao consigo|nao consegue|nao conseguimos|and consigo) respirar|antes que (?:\w+ )?morr(?:a|am)",  # noqa: E501
    r"(?:to|estou|ta|esta|tao|estao|vou|vai|vamos|vao) (?:morrer|morrendo)(?! de (?:rir|vergonha|saudade|tedio|calor|frio|sono|inveja))",  # noqa: E501
    r"(?:estou|to|estamos|tamo|esta|ta|estao|tao|corro|corre|correm|corremos|correndo|minha vida (?:esta|ta)|vidas? (?:estao|tao|esta|ta)) (?:em )?(?:perigo|risco de vida)",  # noqa: E501
    # hiding, chased, in a trunk, fire, no help allowed
    r"(?:estou|to|tou|estamos|tamo) escondid[oa]s?|me escondi (?:no|na|num|numa|atras|debaixo|dentro)|(?:estao|tao|ta|esta) (?:me |nos )?(?:perseguindo|atras de mim|atras da gente)",  # noqa: E501
    rf"(?:estou|to|tou|estamos|tamo|esta|ta|estao|tao|jogaram|colocaram|botaram|enfiaram|puseram) {G3}(?:porta[- ]?malas|mala do carro|bagageira)|(?:ta|esta) pegando fogo",  # noqa: E501
    rf"{NAO} (?:deixa|deixam|deixou|deixaram) {G2}(?:chamar|ligar|ir|levar) (?:\w+ )?(?:a |o |pro |pra |ao )?(?:ambulancia|samu|medico|hospital|socorro|inem|112|192)",  # noqa: E501
    r"ninguem (?:chama|chamou|liga|socorre) (?:a |o )?(?:ajuda|ambulancia|samu|socorro|inem)",
)

# A lone "n" (não) became "and", which also ends the clause a negation is looked for in.
DANGER: tuple[str, ...] = tuple(rf"{NOT_N}(?:{p})" for p in _DANGER)

# A harm that puts someone at risk if it is happening now, and the words that say it is.
HARM: tuple[str, ...] = (
    WEAPONS,
    r"levaram|raptaram|sequestraram|sangr\w+|batendo|espancando|enforcando|esganando|estrangulando|esfaqueando|atirando|atirou|chutando|queimando|arrastando|pancadas?|fumaca|fogo|pegaram|matam",  # noqa: E501
    r"(?:me|nos|a|o|lhe) (?:bateu|bateram|chutou|chutaram|socou|furou|cortou|esfaqueou|queimou)|(?:bateu|bateram|chutou|espancou)-(?:me|nos|lhe|a|o)",  # noqa: E501
    r"(?:me|nos|te|ela|ele|elas|eles) (?:matar|vender|levar|mata|matam)|(?:nao|and) (?:consigo|conseguimos|consegue) (?:sair|fugir|escapar)",  # noqa: E501
)
IMMINENT: tuple[str, ...] = (
    r"(?:to|estou|tou|tamo|estamos) com (?:muito )?medo|agora|agora mesmo|agorinha|agr|neste momento|nesse momento|esta noite|essa noite|rapido|depressa|urgente|socorro|190",  # noqa: E501
    r"(?:hoje|hj) (?:a|de) noite|hoje as \d+\w*|daqui a (?:pouco|\d+|uma|duas|meia)|em (?:\d+|uma|duas|meia|poucos|alguns) (?:horas?|minutos?|min)",  # noqa: E501
)

SAFE: tuple[str, ...] = (
    r"(?<!nao )(?<!and )(?<!nem )(?:estou|to|tou|estamos|tamo|tamos|ela esta|ela ta|ele esta|ele ta|eles estao|elas estao|ja estou|agora estou) (?:bem|segur[oa]s?|a salvo|em seguranca|ok|fora de perigo|livres?)(?! (?:mal|ruim))",  # noqa: E501
    r"(?:nao|ninguem|and|ja nao) (?:estou|esta|estamos|estao|ta|to|tao|corre|corro|correm|corremos|correndo|fica) (?:\w+ )?(?:em )?perigo",  # noqa: E501
    r"(?:nao|and) (?:e|eh) (?:urgente|uma emergencia)|(?:sem|fora de) perigo",
)

NEGATION = r"nao|naum|nunca|ninguem|ngm|nem|jamais|nenhum|nenhuma"
# Spanish "no" negates everywhere; Portuguese "no" (em + o) before a place does not.
HEDGE = r"nao sei|nao tenho certeza|no (?:quarto|local|trabalho|bar|restaurante|barco|navio|hotel|motel|apartamento|predio|porao|sitio|chao|carro|caminhao|onibus|brasil|algarve|centro|bairro|posto|shopping|mercado|salao|spa|fundo|fundos|cais|porto|interior|estrangeiro|exterior|insta|instagram|zap|whatsapp|face|facebook|site|dia|mes|fim|final|inicio|meio|domingo|sabado|escritorio|galpao|alojamento|armazem|estoque|banheiro|andar|\d+\w*|japao|paraguai|canada|dubai|libano|container|contentor|caixa|ponto|farol|sinal|semaforo|setor|sul|norte|litoral|meu|seu|nosso|dele|dela|mesmo|primeiro|segundo|terceiro|ultimo|proprio|zap|grupo|celular|telefone|cais|galinheiro|curral|pasto|canavial|garimpo|navio|aeroporto|onibus|metro|quarto|bar|puteiro)"  # noqa: E501
HYPOTHETICAL = r"o que acontece se|e se alguem|se alguem|se uma pessoa|se um patrao|se o patrao|se uma empresa|seria|hipotetic\w*|em geral|(?:e|eh) crime|(?:e|eh) (?:trafico|ilegal|legal) (?:se|quando)|como (?:identificar|reconhecer|saber se)|sinais de|o que e trafico|(?:uma|numa|na|da) novela|(?:um|num|no|do) filme"  # noqa: E501

# fmt: off
CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (r"(?:faz|fazer|fazem|fazendo|fazia|faziam|fiz|fez) (?:\w+ )?programas?|(?:garotas?|mulher(?:es)?|menin[ao]s?|mocas?) de programa|(?:minimo|meta|cota) de programas|\d+ programas",  # noqa: E501
        r"programas? (?:com|pra|para) (?:homens|clientes|caras)|prostitu\w+|puteiros?|prostibulos?|bordeis|bordel|cafet(?:ao|ina|oes|inas)|(?:casa|bar) de alterne|alterne|acompanhantes?",  # noqa: E501
        rf"atend\w+ (?:os |uns |aos |varios )?(?:homens|caras)|(?:obrig|forc|mand)\w+ {G3}(?:a |pra |para )?atender (?:os )?clientes",  # noqa: E501
        rf"(?:sair|sai|saem|saindo) com (?:{G3}(?:clientes|homens|caras) {G3}(?:por dinheiro|pagos?|que pagam)|clientes|homem mais velho|homens mais velhos)",  # noqa: E501
        rf"(?:cobra|cobram|cobrava|paga|pagam|pagavam|pagou) {G5}(?:pra|para) (?:ficar|dormir|transar|sair|estar|levar \w+) (?:com|pro quarto)|(?:cobra|cobram) {G2}(?:por|o) (?:encontro|programa|hora)",  # noqa: E501
        rf"(?:videos?|fotos|lives?|nudes|pack|show) {G5}(?:por|em troca de|a troco de) (?:dinheiro|pix|grana|presentes)",  # noqa: E501
        rf"sexo (?:por|em troca de|a troco de) (?:dinheiro|droga|comida|casa|pix|grana)|hom(?:em|ens) {G5}(?:em troca de|a troco de) (?:dinheiro|comida|cesta|droga|pix)",  # noqa: E501
        r"vend\w+ (?:o |seu )?(?:proprio )?corpo|(?:dancando|dancam|dancar) (?:nuas|nus|pelad\w+)|strip ?tease|strip",  # noqa: E501
        r"entra(?:m)? homem e sai(?:m)? homem|(?:um|uma) homem atras do outro|homens de hora em hora|(?:cobra|cobram|pagam|paga) na porta",  # noqa: E501
        r"vendid[oa]s? (?:pra|para|a|aos?) (?:homens|caras|clientes)|massage(?:m|ns)[^\n]{0,150}atend\w+ (?:os |uns )?clientes|miche\w*|final feliz|encontros? (?:pagos?|com clientes)|perfil pago|site pago|novinhas|(?:recebe|recebem|cobra|cobram) (?:dos|aos) clientes",  # noqa: E501
        r"(?:marca|marcam|agenda|agendam) (?:os )?(?:encontros|programas)|(?:leva|levam) (?:as )?(?:raparigas|meninas|mocas|mulheres) (?:para|pra) (?:hoteis|moteis|clientes)",),  # noqa: E501
    "work": (r"trabalh\w+|emprego\w*|patr(?:ao|oa|oes|oas)|chefe|salarios?|ordenado|pagamento|empregad[oa]s?|funcionari[oa]s?|empreiteir[oa]s?|encarregad[oa]|capataz|servico|diaria|contratad[oa]s?",),  # noqa: E501
    "labor_sector": (r"fazendas?|sitio|roca|lavoura|colheita|plantac(?:ao|oes)|carvoaria|canavial|fabrica|confecc(?:ao|oes)|oficina de costura|costur\w+|obras?|construc(?:ao|oes)|pedreir[ao]s?|andaime",  # noqa: E501
        r"restaurantes?|cozinha|lanchonete|padaria|pastelaria|lava[- ]?jato|salao|manicures?|unhas|domestica|faxin\w+|limpeza|baba|cuidadora|casa de familia|limp(?:a|am|amos|ar|ando|o) (?:a |as )?casas?",  # noqa: E501
        r"barco|pesca|pescador\w*|navio|garimpo|pedreira|madeireira|frigorifico|esmola|ganha|ganham|(?:vend\w+) (?:bala|balas|doces|agua|flores) (?:no|nos|na) (?:farol|sinal|semaforo|rua)",),  # noqa: E501
    "massage": (r"massage(?:m|ns)|massagistas?|spa|sauna|termas",),
    "suspicion": (r"desconfi\w+|suspeit\w+|estranh[oa]|esquisit[oa]|acho que|algo (?:de )?errado|(?:nao e|nao parece) normal|trafico (?:de pessoas|humano)",),  # noqa: E501
    "smuggling": (r"coiotes?|coyotes?|atravess\w+ a fronteira|cruz\w+ a fronteira",),
    "partner": (r"(?:meu|minha|o meu|a minha|seu|sua) (?:marido|esposa|esposo|mulher|namorad[oa]|companheir[oa]|ex|ex-marido|ex-namorad[oa]|noiv[oa])|(?:meu|minha) (?:colega de quarto|senhorio|senhoria)",),  # noqa: E501
    "past_long": (r"(?<!paga )(?<!pagam )(?<!recebe )(?<!recebem )(?<!salario )(?:ha|faz|fazem) (?:\d+|muitos|varios|uns|alguns|dois|tres|quatro|cinco) (?:anos|meses)(?! (?:que|sem))",  # noqa: E501
        r"anos atras|(?:no )?ano passado|em (?:19|20)\d\d|(?:ha|faz) muito tempo|naquela epoca|quando (?:eu )?era (?:crianca|pequen[ao]|nova|novo|menor|adolescente)|quando (?:eu )?(?:morava|trabalhava|vivia|estava) (?:la|ali|lá|com eles|na casa|no)",),  # noqa: E501
    "past_recent": (r"(?:ha|faz) (?:\d+|uma|duas|tres|umas|algumas) semanas|semana passada|mes passado|(?:ha|faz) (?:um|1) mes",),  # noqa: E501
    "present": (r"agora mesmo|(?:ta|esta|estao|tao|estou|to|estamos|tamo|continua|continuam) (?:\w+ ){0,2}agora|agora (?:ele|ela|eles|elas|o \w+|a \w+) (?:diz|quer|obriga|faz|esta|ta|tem|manda|cobra)",  # noqa: E501
        r"neste momento|nesse momento|ainda|continua\w*|hoje|hj|ontem|anteontem|(?:essa|esta) (?:semana|noite|manha|tarde)|todo (?:dia|santo dia)|todos os dias|toda (?:noite|semana)|todas as noites",  # noqa: E501
        r"(?:ha|faz) (?:\d|dois|tres|uns|alguns) dias|atualmente|de novo",),
    "out_safe": (r"fugi|fugiu|fugimos|fugiram|(?:consegui|conseguiu|conseguimos|conseguiram) (?:sair|fugir|escapar)|escap(?:ei|ou|amos|aram)|(?:eu|ja) sai|sai de la",  # noqa: E501
        r"(?:estou|to|estamos|tamo|ela esta|ela ta) (?:\w+ )?(?:segur[ao]s?|a salvo|em seguranca|livres?)|(?:hoje|agora) (?:estou|to) bem|(?:estou|to|tou|estamos|tamo) bem agora",  # noqa: E501
        r"(?:fui|foi|fomos|foram) resgatad[oa]s?|(?:me|nos|a gente|a) (?:resgatou|resgataram|tirou de la|tiraram de la|libertou|libertaram)|tirou a gente|(?:num|em um|numa) abrigo",  # noqa: E501
        r"(?:ja nao|nao) (?:trabalho|trabalha|moro|mora|estou|esta) (?:mais )?(?:la|ali)",),
    "hearsay": (r"ouvi dizer|ouvi falar|dizem que|falam que|me contaram|me disseram que|boatos?|supostamente|(?:uma|um) (?:amig[oa]|conhecid[oa]|colega|ex colega) (?:me )?(?:disse|contou|falou)",),  # noqa: E501
    "identifiable": (r"(?:minha|meu|a minha|o meu) (?:irma|irmao|filha|filho|prima|primo|sobrinha|sobrinho|mae|pai|tia|tio|amiga|amigo|vizinha|vizinho|colega|namorada|namorado|esposa|marido|mulher|cunhada|cunhado|neta|neto|aluna|aluno)",  # noqa: E501
        r"se chama|o nome dela|o nome dele|eu|estou|estamos",),
    "question": (r"(?:e|eh|isso e|sera que e|seria) (?:legal|ilegal|crime|normal|certo|permitido|trafico|trabalho infantil)",  # noqa: E501
        r"(?:posso|pode|podem|devo|preciso) (?:\w+ ){0,3}(?:denunciar|reclamar|registrar|fazer|descontar|pedir)",  # noqa: E501
        r"como (?:faco|posso|denuncio|explico|funciona|sei|fazer|ela|ele|eles|elas|voces|vcs|se|eu)|onde (?:reclamo|denuncio|posso|fica|ligo)|o que (?:e|eh|faco|devo|fazer)",  # noqa: E501
        r"sera que|(?:queria|quero|gostaria de) saber|informac(?:ao|oes)|uma (?:duvida|pergunta)|voluntari[oa]s?|doa(?:r|cao|coes)|(?:trabalho|pesquisa|projeto) (?:da|de|na|para a) (?:faculdade|escola|universidade)",  # noqa: E501
        r"^\W*(?:o que|como|onde|qual|quais|quem|quando|por que|porque|posso|pode|podem)\b",),
    "test": (r"^\W*(?:(?:teste|testando|e um teste|isso e um teste|so testando|oi|ola|oie|bom dia|boa tarde|boa noite|tudo bem|alguem ai|tem alguem ai|funciona|pode ignorar|\d+)\b\W*)+$",),  # noqa: E501
    "abuse": (r"inuteis|inutil|idiotas?|vai se (?:foder|ferrar|lascar)|vsf|porra|caralho|merda|bosta|fdp|filh(?:o|os) da puta|otarios?|palhacada",),  # noqa: E501
    "joke": (r"(?:e|era|eh) (?:so )?(?:brincadeira|zoeira|zoacao)|zoando|(?:to|estou|tava) brincando|pegadinha|trollando|dramalhao",),  # noqa: E501
    "laugh": (r"k|kk|rs(?:rs)+|hue(?:hue)+|hua(?:hua)+",),
    "chain": (r"repass(?:e|em|a|ar)|compartilh\w+|encaminh(?:e|em|ar) (?:pra|para|a)|divulguem|vans? brancas?|(?:cuidado|atencao) (?:meninas|mulheres|gente|pessoal)",  # noqa: E501
        rf"sequestr\w+ {G5}orgaos|ganhe dinheiro (?:facil|rapido|em casa)|renda extra",),
    "minor_sex_context": (r"motel|hotel|quarto dos fundos|sexua\w+|pelad[oa]s?|sem roupa|transar|boate|hom(?:em|ens) mais velhos?|intim[oa]s?",),  # noqa: E501
    "self_trafficked": (r"(?:fui|sou|somos|fomos) (?:vitimas? de trafico|traficad[ao]s?)",),
    "employment": (r"trabalh\w+|emprego\w*|patr(?:ao|oa|oes)|chefe|encarregad[oa]|capataz|gerente",),
    "others_remain": (rf"(?:outr[ao]s|as outras|os outros|as meninas|os colegas|as mocas|os rapazes) {G2}(?:ainda|continuam|seguem|ficaram)",  # noqa: E501
        r"ainda (?:tem|estao) (?:\w+ )?(?:outr[ao]s|mais)|ainda estao la",),
}
# fmt: on

NUMBERS = {
    "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
    "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
    "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
}  # fmt: skip

PERSON = r"(?:menin[oa]s?|garot[oa]s?|garotinh[oa]s?|filh[oa]s?|sobrinh[oa]s?|net[oa]s?|irma|irmao|irmas|irmaos|prim[oa]s?|adolescentes?|criancas?|mocas?|mocinhas?|rapariga|raparigas|miuda|miudas|mida|aluna|aluno|alunas|vizinh[oa]s?|entead[oa]s?|jovem|jovens|rapaz|rapazes|puto|putos|um|uma|outr[oa])"  # noqa: E501
AGES = (
    r"(?:tem|tenho|tinha|tinham|temos|tens|tendo|com|ter|completou|completa) (?:so |apenas |uns |umas |quase |mais ou menos |cerca de |no maximo )?{N}(?:(?:,| ou| a| e|-| ) ?{N})? (?:anos|aninhos)",  # noqa: E501
    rf"{PERSON} (?:de|com) (?:uns |umas |apenas |so )?{{N}}(?:(?:,| ou| a| e|-| ) ?{{N}})?(?= anos| aninhos|\W*$|[,.;)]| e | ta | esta | que | faz | trabalha)",  # noqa: E501
    rf"{PERSON} \(\s*{{N}}",
    r"{N} anos de idade|idade de {N}",
)
MINOR_WORDS = (
    r"menor(?:es)? de idade|(?:e|eh|sao|ainda e) menor(?:es)?|criancas?|bebes?|recem-nascid[oa]s?",
    r"(?:[1-9]|[1-9]o) ano do (?:ensino )?(?:fundamental|medio|basico)|(?:do|no|da|na) (?:[5-9]o ano|ensino fundamental|ensino medio|secundario)",  # noqa: E501
)
HINTS = (
    "nao", "voce", "vc", "vcs", "estou", "estao", "ajuda", "ajudem", "pra", "minha", "eles",
    "elas", "obrigada", "obrigado", "agora", "muito", "isso", "entao", "tenho", "ninguem", "tambem",
)  # fmt: skip

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    native_name="Português",
    script="latin",
    lingua="PORTUGUESE",
    danger=DANGER,
    harm=HARM,
    imminent=IMMINENT,
    safe=SAFE,
    negation=(NEGATION,),
    hedge=(HEDGE,),
    hypothetical=(HYPOTHETICAL,),
    own_situation=(r"eu|meu|minha|meus|minhas|nosso|nossa|comigo",),
    indicators=INDICATORS,
    cues=CUES,
    numbers=NUMBERS,
    ages=AGES,
    minor_words=MINOR_WORDS,
    hints=HINTS,
    keywords={
        "stop": ("parar", "pare", "sair", "cancelar", "descadastrar"),
        "help": ("ajuda", "socorro"),
        "start": ("iniciar", "comecar", "voltar"),
    },
    examples={
        "cry_for_help": (
            "socorro",
            "me ajuda pfv, o patrão tá me batendo agora e não deixa ninguém sair",
            "Ajudem-me, fecharam-me num quarto e ele está com uma faca",
        ),
        "locked_in": (
            "to trancada no quarto dos fundos e nao consigo sair, por favor manda alguém",
            "Estou fechada num apartamento com cadeado por fora da porta, não me deixam sair",
        ),
        "minor": (
            "tem uma menina de 14 anos fazendo programa no posto da BR todo dia",
            "A miúda tem 15 anos e trabalha de empregada numa casa em Lisboa sem ir à escola",
        ),
        "negated_danger": (
            "não estou em perigo agora, mas o meu antigo patrão ainda tem o meu passaporte",
            "ninguem ta em perigo, so queria saber como denunciar uma casa de massagem",
        ),
        "commercial_sex": (
            "o cafetão fica com todo o dinheiro das meninas e obriga elas a fazer programa",
            "Na casa de alterne as raparigas têm de atender clientes e o dono guarda os passaportes",
        ),
        "labor": (
            "trabalho numa fazenda, o patrão ficou com meu passaporte e não paga ninguém faz 3 meses",
            "Na obra não recebemos há meses e o encarregado tirou-nos os documentos",
        ),
    },
)
