"""Portuguese (Brazil, Portugal, Africa): danger and cries for help, minors, the indicators and
the kind of exploitation, as people text: no accents, "to/ta/tao" for estou/está/estão, "pfv".

A lone "n" is SMS for não; in a tip whose language is not known, normalisation turns it into
"and". Negated patterns accept both, and danger patterns refuse either just before them.
"""

from __future__ import annotations

from languages.base import Language

G2 = r"(?:[\w'-]+ ){0,2}"
G3 = r"(?:[\w'-]+ ){0,3}"
G5 = r"(?:[\w'-]+ ){0,5}"
NAO = r"(?:nao|naum|and|n|nunca|ja nao)"
NOT_N = r"(?<!\band )(?<!\bnao )(?<!\bnem )(?<!\bn )"
# A quoted name or euphemism: "o 'Lusitano'", "os «encontros»".
Q = r"[\"'«»“”]?"
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
# A time word inside a question ("será que ainda faz isso?") does not say it is going on.
NOT_ASKED = r"(?![^.!\n]*\?)"
# A line made only of instructions to the system, with nothing told: nothing to act on.
_ORDER = r"(?:ignor[ae]|esquec[ae]|desconsider[ae])\w* (?:\w+ ){0,3}(?:instruc\w+|regras|ordens|orientac\w+|comandos|prompt)|sistema ?:|system ?:|admin\w* ?:|(?:voce|vc) (?:agora )?(?:e|eh) (?:um|uma) (?:assistente|ia|bot|robo|modelo)|(?:responda|responde|classifi(?:que|ca)|marque|marca|coloque|mostre|mostra|revele|envie|envia|imprima|apague|apaga)\w* (?:\w+ ){0,3}(?:mensage\w*|isto|isso|tudo|como|urgente|critic\w*|prompt|instruc\w+|respostas|spam|prioridade|dados|senhas?|chaves?|apenas|so|somente|ok)|modo (?:desenvolvedor|dev|admin)|(?:prioridade|urgencia|categoria) ?[:=]"  # noqa: E501
INJECTED_LINE = rf"^\W*(?:(?:{_ORDER})[^.!?\n]*[.!?]*\W*)+$"

# fmt: off
INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (r"(?:sendo|foi|foram|e|sao) vendid[oa]s?|cafet(?:ao|ina|oes|inas)|rufia(?:o|es)|agenciad[oa]s?|so ele fala|falando por (?:ela|elas|ele)",  # noqa: E501
        rf"(?:fica|ficam|ficava|ficou|pega|pegam|recolhe|recolhem|leva|levam) com {G2}(?:o |os |todo o |tudo|\d+ ?%)? ?(?:dinheiro|pix|grana|tokens|tudo)(?: del[ae]s?)?",  # noqa: E501
        r"fica(?:m)? com (?:\d+ ?%|a maior parte|metade)|(?:pegar|pega|recolher|recolhe|recolhem|buscar|busca) o dinheiro",  # noqa: E501
        rf"(?:obrig|forc)\w+ {G3}(?:a |pra |para )?(?:fazer programas?|atender (?:os )?(?:clientes|homens)|se prostituir|sair com (?:clientes|homens)|ficar com (?:clientes|homens))",  # noqa: E501
        r"(?:tem|tinha|tinham) (?:que|de) (?:sair com (?:os )?clientes|atender (?:os )?(?:clientes|homens)|fazer programas?)",  # noqa: E501
        rf"(?:vende|vendem|vendeu|venderam|oferece|oferecem|oferecia|aluga|alugam) {G3}(?:pra|para|aos?|a) (?:homens|caras|clientes|os amigos|amigos|caminhoneiros)",  # noqa: E501
        r"(?:marca|marcam|agenda|agendam) (?:os )?(?:encontros|programas|clientes)|(?:fala|falam|responde) (?:por ela|por elas|por ele|pelas meninas)",  # noqa: E501
        r"(?:leva|levam) e (?:busca|buscam|traz|trazem)|(?:nunca|jamais) (?:estao|esta|ficam|fica|saem|sai) sozinh[ao]s?|explorad[ao]s? (?:por|pel[oa])",
        r"(?:recebe|recebem|cobra|cobram|pega|pegam) (?:o |todo o )?(?:dinheiro|pagamento) (?:a|na) (?:porta|entrada)|(?:quem atende|atende) (?:o telefone |o numero |as chamadas |o whats |o zap )?(?:e|eh) (?:sempre )?(?:um|o) (?:homem|cara|cafetao)|(?:um|o) (?:homem|cara|sujeito|cafetao) (?:que )?negoci\w+ (?:o )?(?:preco|valor|programa)",  # noqa: E501
        r"(?:entrega|entregam|entregar|entregava|entregando|oferece|oferecem|oferecendo) (?:\w+ ){0,5}(?:a|aos|para os|pra os|pros|a uns|para uns) (?:clientes|homens)",),  # noqa: E501  # noqa: E501
    "confiscated_documents": (rf"(?:pegou|pegaram|pegava|pegavam|tirou|tiraram|tirava|tiravam|tomou|tomaram|tomava|tomavam|retinha|retinham|ficou com|ficaram com|fica com|ficam com|ficava com|ficavam com|guarda|guardam|guardou|guardaram|guardava|retem|reteve|retiveram|confiscou|confiscaram|escondeu|esconderam|segura|seguram|recolheu|recolheram|levou|levaram|tem|tinha|esta com|ta com) {G2}(?:o |os |a |as )?(?:meu |minha |meus |minhas |nosso |nossos |seu |seus |sua |suas )?{DOCS}",  # noqa: E501
        rf"(?:tir|fic|peg|guard|tom|lev|confisc)\w*-(?:me|lhe|lhes|nos) (?:com )?(?:o |os |a |as )?{DOCS}",  # noqa: E501
        rf"{DOCS} (?:\w+ ){{0,2}}(?:(?:ficou|ficaram|fica|ficam|esta|estao|ta|tao) (?:com|na mao d)|(?:retid|confiscad|guardad|apreendid|tirad)[oa]s?)",  # noqa: E501
        rf"{NAO} (?:me |nos |lhe |lhes )?(?:devolve|devolvem|devolveu|quer devolver|querem devolver) {G2}{DOCS}",
        r"(?:nao tem|nao tinha|nao tinham|ficam sem|estao sem|ficaram sem|tao sem|ta sem) (?:mais )?(?:os|o) (?:seus |proprios |proprio )?passaportes?",),  # noqa: E501  # noqa: E501
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
        r"(?:nunca|nao) (?:sai|saem|saio) (?:do quarto|sozinh)|sem (?:poder|direito de) sair|proibid[oa]s? de sair",  # noqa: E501
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
        r"(?:policia|pf|sef|aima|imigracao) (?:\w+ ){0,2}(?:pra|para) (?:os |as |nos |me |te |o |a |lhes? |a gente )?deport\w*|(?:os|as|nos|me|te|lhe|lhes) deportar\w*|deporta(?:r|rem|m)-(?:nos|os|as|me|la|lo)",  # noqa: E501
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
        r"dorme(?:m)? entre as maquinas|(?:mocas|meninas|mulheres|massagistas) (?:\w+ )?moram (?:la|ali)|dorme(?:m)? (?:la|ali)(?: mesmo| dentro)?",
        r"(?:nunca|nao|quase nunca|jamais) (?:sai|saem) (?:de casa|da casa|de la|dali|do (?:local|salao|restaurante|spa|trabalho|bar|sitio|apartamento|predio)|da (?:obra|fazenda|loja|boate))|(?:nunca|jamais) (?:sai|saem)(?= *(?:$|[.,;!?]))|(?:nunca|jamais) (?:a |as |o |os )?(?:vi|vejo|vemos|vimos) (?:sair|na rua)",),  # noqa: E501
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
    r"(?<!\bque )(?<!\bdiz )(?:chamem|chame|chama|liguem|ligue|liga|mandem|mande|manda|acionem) (?:(?:a|o|pra|para|pro) ){0,2}(?:policia|190|112|pm|bombeiros|samu|inem|gnr|psp)(?! (?:\w+ ){0,2}(?:pra|para) (?:os |as |me |nos |te |o |a |lhe |lhes |a gente )?(?:deport|prend|denunc|expuls|levar|mandar))",  # noqa: E501
    r"(?:mandem|mande|manda|envie|enviem|tragam) (?:ajuda|alguem|socorro|uma viatura)|(?:trancou|trancaram|fechou|fecharam) (?:a porta|o quarto|o portao) (?:\w+ ){0,2}(?:a chave|com cadeado|por fora|e (?:levou|levaram) a chave)",  # noqa: E501
    r"(?:me|nos) tir(?:a|e|em) daqui|tir(?:a|e|em)-(?:me|nos) daqui|(?:venham|vem|venha) (?:me |nos )?(?:buscar|salvar|ajudar|rapido|logo)|(?:me|nos) solt(?:a|e|em)",  # noqa: E501
    # locked, tied, held now
    rf"{NOT_N}{EST} {G3}{LOCKED}|{LOCKED} (?:la|aqui|ali) dentro",
    rf"{NOT_N}{EST} {G3}(?:fechad|pres)[oa]s? {IN}{NOT_JAIL}",
    rf"{NOT_N}(?:tem|ha|existe|existem) (?:um|uma|uns|umas|\d+|dois|duas|tres) (?:\w+ ){{0,2}}{LOCKED}(?! (?:a noite|de noite|todas|toda|quando|as vezes))",  # noqa: E501
    r"(?:esta|ta|estao|tao) (?:trancad|fechad)[oa]s? (?:a chave |com cadeado )?(?:por fora|pelo lado de fora)",  # noqa: E501
    # on the way now, to nobody knows where
    r"(?:estamos|estou|to|tamo|tamos) (?:\w+ ){0,2}(?:na|numa|no|num|dentro d[aoe]) (?:van|carro|caminhao|camiao|carrinha|kombi|onibus|barco|bau|carrinha) (?:del[ea]s?|do \w+|da \w+)|(?:estao|tao|ta|esta) (?:nos |me |a gente )?(?:levando|transportando) (?:\w+ ){0,3}(?:nao sei|nao sabemos|sem saber|pra algum lugar|para algum lugar)",  # noqa: E501
    # blows and screams heard now
    r"(?:estou|to|tou|estamos) (?:ouvindo|a ouvir|escutando) (?:\w+ ){0,3}(?:gritos|gritar|gritando|pancadas|apanhar|apanhando|chorar|chorando|pedir socorro|pedindo socorro|batendo|pancadaria|socos)",  # noqa: E501
    r"(?:ouco|escuto|da pra ouvir|consigo ouvir|ouvimos) (?:\w+ ){0,3}(?:gritos|gritar|gritando|apanhar|apanhando|pedir socorro|pedindo socorro|pancadas|batendo) (?:\w+ ){0,4}(?:agora|neste momento|nesse momento|agorinha)|(?:agora|neste momento) (?:\w+ )?(?:ouco|escuto|estou ouvindo|to ouvindo) (?:\w+ ){0,3}(?:gritos|gritar|gritando|apanhar|apanhando|pedir socorro|pancadas)",  # noqa: E501
    rf"{NOT_N}{EST} {G3}(?:num|numa|no|na|dentro d[oae]) (?:\w+ )?(?:caminhao|bau|container|contentor|carro|van|carrinha|quarto|porao|cave|casa|barco|camara) (?:\w+ )?(?:fechad|trancad)[oa]s?",  # noqa: E501
    rf"{NOT_N}(?:me|nos|a gente) (?:trancaram|trancou|prenderam|prendeu|fecharam|fechou|amarraram|amarrou|acorrentaram|sequestraram|sequestrou|pegaram) (?:{IN}|$)",  # noqa: E501
    rf"(?:trancaram|trancou|prenderam|prendeu|fecharam|fechou|amarraram|sequestraram)(?:-(?:me|nos|na|a)| (?:ela|ele|elas|eles|as meninas|a menina)) {IN}",  # noqa: E501
    # killed, moved or sold soon
    rf"{NOT_N}(?:vai|vao|quer|querem|vem|ta querendo|tao querendo) (?:me |nos |te |a gente |ela |ele )?(?:matar|queimar|esfaquear|furar|enforcar|afogar|estuprar)(?:-(?:me|nos|la|lo))?",  # noqa: E501
    rf"{NOT_N}(?:vai|vao|querem|quer|vem) (?:{WHO} )?{MOVE}(?:-(?:me|nos|la|lo|las|los))? {G5}{SOON}",  # noqa: E501
    rf"{SOON} {G5}(?:vao|vai) (?:{WHO} )?{MOVE}",
    rf"{NOT_N}(?:vai|vao|vamos|vou) ser (?:levad|vendid|mudad|transferid|mandad|despachad|embarcad|tirad|trocad|separad|entregue)[oa]?s? {G5}{SOON}|{SOON} {G5}(?:vai|vao|vamos|vou) ser (?:levad|vendid|mudad|transferid|mandad|despachad|embarcad|tirad|trocad|separad|entregue)[oa]?s?",  # noqa: E501
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
    r"(?:acorrentad|amarrad|algemad)[oa]s?",
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

NEGATION = r"nao|naum|n|nunca|ninguem|ngm|nem|jamais|nenhum|nenhuma"
# Spanish "no" negates everywhere; Portuguese "no" (em + o) before a place does not.
HEDGE = r"nao sei|nao tenho certeza|no (?:quarto|local|trabalho|bar|restaurante|barco|navio|hotel|motel|apartamento|predio|porao|sitio|chao|carro|caminhao|onibus|brasil|algarve|centro|bairro|posto|shopping|mercado|salao|spa|fundo|fundos|cais|porto|interior|estrangeiro|exterior|insta|instagram|zap|whatsapp|face|facebook|site|dia|mes|fim|final|inicio|meio|domingo|sabado|escritorio|galpao|alojamento|armazem|estoque|banheiro|andar|\d+\w*|japao|paraguai|canada|dubai|libano|container|contentor|caixa|ponto|farol|sinal|semaforo|setor|sul|norte|litoral|meu|seu|nosso|dele|dela|mesmo|primeiro|segundo|terceiro|ultimo|proprio|zap|grupo|celular|telefone|cais|galinheiro|curral|pasto|canavial|garimpo|navio|aeroporto|onibus|metro|quarto|bar|puteiro)"  # noqa: E501
HYPOTHETICAL = r"o que acontece se|e se alguem|se alguem|se uma pessoa|se um patrao|se o patrao|se uma empresa|seria|hipotetic\w*|em geral|(?:e|eh) crime|(?:e|eh) (?:trafico|ilegal|legal) (?:se|quando)|como (?:identificar|reconhecer|saber se)|sinais de|o que e trafico|(?:uma|numa|na|da) novela|(?:um|num|no|do) filme|qual (?:e )?a diferenca|diferenca entre|o que (?:significa|configura|caracteriza)|(?:se )?configura|(?:e|eh) considerado"  # noqa: E501

# fmt: off
CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (r"(?:faz|fazer|fazem|fazendo|fazia|faziam|fiz|fez) (?:\w+ )?programas?|(?:garotas?|mulher(?:es)?|menin[ao]s?|mocas?) de programa|(?:minimo|meta|cota) de programas|\d+ programas",  # noqa: E501
        r"programas? (?:com|pra|para) (?:homens|clientes|caras)|prostitu\w+|puteiros?|prostibulos?|bordeis|bordel|cafet(?:ao|ina|oes|inas)|(?:casa|bar) de alterne|alterne|acompanhantes?",  # noqa: E501
        rf"atend\w+ (?:os |uns |aos |varios )?(?:homens|caras)|(?:obrig|forc|mand)\w+ {G3}(?:a |pra |para )?atender (?:os )?clientes",  # noqa: E501
        rf"(?:sair|sai|saem|saindo) com (?:{G3}(?:clientes|homens|caras) {G3}(?:por dinheiro|pagos?|que pagam)|clientes|homem mais velho|homens mais velhos)",  # noqa: E501
        rf"(?:cobra|cobram|cobrava|paga|pagam|pagavam|pagou) {G5}(?:pra|para) (?:ficar|dormir|transar|sair|estar|levar \w+) (?:com|pro quarto)|(?:cobra|cobram) {G2}(?:por|o) (?:encontro|programa|hora)",  # noqa: E501
        rf"(?:videos?|fotos|lives?|nudes|pack|show) {G5}(?:por|em troca de|a troco de) (?:dinheiro|pix|grana|presentes)",  # noqa: E501
        rf"sexo (?:por|em troca de|a troco de) (?:dinheiro|droga|comida|casa|pix|grana)|hom(?:em|ens) {G5}(?:em troca de|a troco de) (?:dinheiro|comida|cesta|droga|pix)",  # noqa: E501
        r"vend\w+ (?:\w+ ){0,2}(?:conteudos?|packs?|fotos intimas|fotos dela|nudes|videos intimos)|privacy|(?:lives?|chamadas? de video|videochamadas?) pagas?",  # noqa: E501
        r"vend\w+ (?:o |seu )?(?:proprio )?corpo|(?:dancando|dancam|dancar) (?:nuas|nus|pelad\w+)|strip ?tease|strip",  # noqa: E501
        r"entra(?:m)? homem e sai(?:m)? homem|(?:um|uma) homem atras do outro|homens de hora em hora|(?:cobra|cobram|pagam|paga) na porta",  # noqa: E501
        r"vendid[oa]s? (?:pra|para|a|aos?) (?:homens|caras|clientes)|massage(?:m|ns)[^\n]{0,150}atend\w+ (?:os |uns )?clientes|miche\w*|final feliz|encontros? (?:pagos?|com clientes)|perfil pago|site pago|novinhas|(?:recebe|recebem|cobra|cobram) (?:dos|aos) clientes",  # noqa: E501
        r"(?:marca|marcam|agenda|agendam) (?:os )?(?:encontros|programas)|(?:leva|levam) (?:as )?(?:raparigas|meninas|mocas|mulheres) (?:para|pra) (?:hoteis|moteis|clientes)",  # noqa: E501
        # the writer was a client; money at the door; handed to clients
        r"(?:mulheres|meninas|mocas|garotas|raparigas) (?:que )?(?:atendem|atende|atendiam) (?:os |uns )?clientes(?! (?:no|na|do|da) (?:salao|loja|restaurante|caixa|balcao|mercado|telefone|recepcao))",  # noqa: E501
        r"(?:eu )?(?:era|fui|sou) (?:um |o )?cliente(?! d[aoe]s? | fiel| antig)|(?:recebe|recebem|cobra|cobram|pega|pegam) (?:o )?dinheiro (?:a|na) (?:porta|entrada)",  # noqa: E501
        r"(?:entrega|entregam|entregar|entregava|entregando|oferece|oferecem|oferecendo) (?:\w+ ){0,5}(?:a|aos|para os|pra os|pros|a uns|para uns) clientes",  # noqa: E501
        # women dropped at a motel and the money picked up; the same women brought again
        r"(?:deixa|deixam|larga|largam|traz|trazem|leva|levam) (?:\w+ ){0,2}(?:mulheres|meninas|mocas|garotas|raparigas)[^.\n]{0,80}(?:pegar|buscar|recolher|levar|receber) o dinheiro",  # noqa: E501
        r"(?:traz|trazem|leva|levam) (?:sempre )?(?:as mesmas )?(?:\d+ |duas |tres |quatro |cinco )?(?:mulheres|meninas|mocas|garotas|raparigas) (?:\w+ ){0,3}(?:pro|para o|pra o|ao|no) (?:motel|hotel|quarto)|(?:traz|trazem) sempre as mesmas|reserv\w+ (?:\d+|dois|tres|quatro|varios) quartos (?:\w+ ){0,3}(?:pra|para) (?:\w+ )?(?:mulheres|meninas|mocas|garotas)",  # noqa: E501
        # the price agreed with men; cars; "dates"; one number for many girls
        r"negoci\w+ (?:o )?(?:preco|valor|programa) com (?:um |uns |o |os )?(?:homem|homens|cliente|clientes|caras?|motoristas?|caminhoneiros?)|(?:entra|entram|sobe|sobem) (?:em|nos|no) carros? (?:diferentes|de homens|de estranhos|de clientes)",  # noqa: E501
        r"durante os (?:programas|encontros)|(?:filma|grava)\w* (?:as |os )?\w+ (?:nos|nas|durante os) (?:programas|encontros)|(?:o )?mesmo (?:numero|telefone|contato|whats|zap) (?:pra|para|de|em) (?:\d+|varias|duas|tres|quatro|cinco|seis|sete) (?:meninas|mulheres|garotas|mocas|perfis|anuncios)",  # noqa: E501
        # girls kept at a roadside bar or nightclub
        r"(?:boate|casa noturna|inferninho|prive|bar|puteiro)\b[^\n]{0,80}?\b(?:as |umas )?(?:meninas|mocas|garotas|mulheres|raparigas) (?:ficam|moram|dormem|vivem|sao mantidas|estao presas|presas|trancadas)|(?:boate|casa noturna|inferninho|prive|puteiro)\b[^.\n]{0,60}(?:prendem|trancam|mantem presas|escravizam) (?:as |umas )?(?:meninas|mocas|garotas|mulheres)",  # noqa: E501
        r"(?:boate|casa noturna|inferninho|prive|puteiro)\b[^\n]{0,120}?(?:fica|ficava|ficam|ficavam|pega|pegava|pegam|pegavam) com (?:\w+ ){0,2}dinheiro",),  # noqa: E501
    "work": (r"trabalh\w+|emprego\w*|patr(?:ao|oa|oes|oas)|chefe|salarios?|ordenado|pagamento|empregad[oa]s?|funcionari[oa]s?|empreiteir[oa]s?|encarregad[oa]|capataz|servico|diaria|contratad[oa]s?",),  # noqa: E501
    "labor_sector": (r"empregadas?(?! de escritorio)|estufas?|herdades?|tripulac\w+|pizzaria|fazendas?|sitio|roca|lavoura|colheita|plantac(?:ao|oes)|carvoaria|canavial|fabrica|confecc(?:ao|oes)|oficina de costura|costur\w+|obras?|construc(?:ao|oes)|pedreir[ao]s?|andaime",  # noqa: E501
        r"restaurantes?|cozinha|lanchonete|padaria|pastelaria|lava[- ]?jato|salao|manicures?|unhas|domestica|faxin\w+|limpeza|baba|cuidadora|casa de familia|limp(?:a|am|amos|ar|ando|o) (?:a |as )?casas?",  # noqa: E501
        r"barco|pesca|pescador\w*|navio|garimpo|pedreira|madeireira|frigorifico|esmola|ganha|ganham|(?:vend\w+) (?:bala|balas|doces|agua|flores) (?:no|nos|na) (?:farol|sinal|semaforo|rua)",),  # noqa: E501
    "massage": (r"massage(?:m|ns)|massagistas?|spa|sauna|termas",),
    "suspicion": (r"(?:a policia|a pf|a policia federal|os fiscais|a fiscalizacao|o ministerio do trabalho|o mpt|os auditores|a inspecao|a act|o sef|a aima|a gnr|a psp|uma ong) (?:\w+ ){0,2}(?:resgat|libert|tir)\w*|(?:fomos|foram|foi|fui) (?:resgatad|libertad)\w*|(?:foi|foram|fomos|fui|sendo|esta sendo|estao sendo|era|eram) explorad[oa]s?|trabalho escravo|analog\w+ a (?:de )?escrav\w+|escravizad[oa]s?|desconfi\w+|suspeit\w+|estranh[oa]|esquisit[oa]|acho que|algo (?:de )?errado|(?:nao e|nao parece) normal|trafico (?:de pessoas|humano)",),  # noqa: E501
    "smuggling": (r"coiotes?|coyotes?|atravess\w+ a fronteira|cruz\w+ a fronteira",),
    "partner": (r"(?:meu|minha|o meu|a minha|seu|sua) (?:marido|esposa|esposo|mulher|namorad[oa]|companheir[oa]|ex|ex-marido|ex-namorad[oa]|noiv[oa])|(?:meu|minha) (?:colega de quarto|senhorio|senhoria)",),  # noqa: E501
    "past_long": (r"(?<!paga )(?<!pagam )(?<!recebe )(?<!recebem )(?<!salario )(?<!receber )(?<!ganhar )(?<!pagamento )(?<!folga )(?:ha|faz|fazem) (?:\d+|muitos|varios|uns|alguns|dois|tres|quatro|cinco) (?:anos|meses)(?! (?:que|sem))",  # noqa: E501
        r"anos atras|(?:no )?ano passado|em (?:19|20)\d\d|(?:ha|faz) muito tempo|naquela epoca|quando (?:eu )?era (?:crianca|pequen[ao]|nova|novo|menor|adolescente)|quando (?:eu )?(?:morava|trabalhava|vivia|estava) (?:la|ali|lá|com eles|na casa|no)",),  # noqa: E501
    "past_recent": (r"(?:ha|faz) (?:\d+|uma|duas|tres|umas|algumas) semanas|semana passada|mes passado|(?:ha|faz) (?:um|1) mes",),  # noqa: E501
    "present": tuple(rf"(?:{p}){NOT_ASKED}" for p in (r"agora mesmo|(?:ta|esta|estao|tao|estou|to|estamos|tamo|continua|continuam) (?:\w+ ){0,2}agora|agora (?:ele|ela|eles|elas|o \w+|a \w+) (?:diz|quer|obriga|faz|esta|ta|tem|manda|cobra)",  # noqa: E501
        r"neste momento|nesse momento|ainda|continua\w*|hoje|hj|ontem|anteontem|(?:essa|esta) (?:semana|noite|manha|tarde)|todo (?:dia|santo dia)|todos os dias|toda (?:noite|semana)|todas as noites",  # noqa: E501
        r"(?:ha|faz) (?:\d|dois|tres|uns|alguns) dias|atualmente|de novo|(?:ha|faz) (?:\d+|uns|poucos|alguns|meia) (?:minutos|horas?)|neste instante|nesse instante",)),  # noqa: E501
    "out_safe": (r"fugi|fugiu|fugimos|fugiram|(?:consegui|conseguiu|conseguimos|conseguiram) (?:sair|fugir|escapar)|escap(?:ei|ou|amos|aram)|(?:(?:eu|ja) sai|sai de la)(?! (?:de la )?(?:muito |bem |super )?(?:mal|triste|chocad\w*|abalad\w*|preocupad\w*|pensando|arrasad\w*))",  # noqa: E501
        r"(?<!nao )(?:estou|to|estamos|tamo|ela esta|ela ta) (?:[\w'-]+ ){0,5}?(?:segur[ao]s?|a salvo|em seguranca|livres?)(?! (?:de |d[oa] )?(?:sair|ir|fugir|falar))",  # noqa: E501
        r"(?:(?:hoje|agora) (?:estou|to) bem|(?:estou|to|tou|estamos|tamo) bem agora)(?![^\n]*\b(?:mas|porem|so que) (?:\w+ ){0,3}(?:ainda|continua\w*))",  # noqa: E501
        r"(?:ja )?(?:voltou|voltei|voltamos|voltaram) (?:pra casa|para casa|pro brasil|para o brasil|pra portugal|a portugal|para portugal|pra terra dela|pra terra dele|faz tempo|ha muito tempo|ha anos)",  # noqa: E501
        r"(?:fui|foi|fomos|foram) resgatad[oa]s?|(?:me|nos|a gente|a) (?:resgatou|resgataram|tirou de la|tiraram de la|libertou|libertaram)|tirou a gente|(?:num|em um|numa) abrigo",  # noqa: E501
        r"(?:ja nao|nao) (?:trabalho|trabalha|moro|mora|estou|esta) (?:mais )?(?:la|ali)",),
    "hearsay": (r"ouvi dizer|ouvi falar|dizem que|falam que|me contaram|me disseram que|boatos?|supostamente|(?:uma|um) (?:amig[oa]|conhecid[oa]|colega|ex colega|parceiro|mano|vizinh[oa]|prim[oa]|cara) (?:\w+ ){0,2}(?:me )?(?:disse|contou|falou)|alguem (?:me )?(?:disse|contou|falou)",),  # noqa: E501
    "identifiable": (r"(?:minha|meu|a minha|o meu) (?:irma|irmao|filha|filho|prima|primo|sobrinha|sobrinho|mae|pai|tia|tio|amiga|amigo|vizinha|vizinho|colega|namorada|namorado|esposa|marido|mulher|cunhada|cunhado|neta|neto|aluna|aluno)",  # noqa: E501
        r"se chama|o nome dela|o nome dele|eu|estou|estamos",),
    "question": (r"(?:e|eh|isso e|sera que e|seria) (?:legal|ilegal|crime|normal|certo|permitido|trafico|trabalho infantil)",  # noqa: E501
        r"(?:posso|pode|podem|devo|preciso) (?:\w+ ){0,3}(?:denunciar|reclamar|registrar|fazer|descontar|pedir)",  # noqa: E501
        r"como (?:faco|posso|denuncio|explico|funciona|sei|fazer|ela|ele|eles|elas|voces|vcs|se|eu)|onde (?:reclamo|denuncio|posso|fica|ligo)|o que (?:e|eh|faco|devo|fazer)",  # noqa: E501
        r"sera que|(?:queria|quero|gostaria de) saber|informac(?:ao|oes)|uma (?:duvida|pergunta)|voluntari[oa]s?|doa(?:r|cao|coes)|(?:trabalho|pesquisa|projeto) (?:da|de|na|para a) (?:faculdade|escola|universidade)",  # noqa: E501
        r"^\W*(?:o que|como|onde|qual|quais|quem|quando|por que|porque|posso|pode|podem)\b",
        r"(?:e|eh|isso e|esta) (?:permitido|autorizado|proibido|ok|certo)\W*\?|tem (?:algum )?problema\W*\?|(?:pode|podem|posso) (?:trabalhar|fazer|receber|cobrar|pedir)",),  # noqa: E501
    "test": (INJECTED_LINE, r"^\W*(?:(?:teste|testando|e um teste|isso e um teste|so testando|oi|ola|oie|bom dia|boa tarde|boa noite|tudo bem|alguem ai|tem alguem ai|funciona|pode ignorar|\d+)\b\W*)+$",),  # noqa: E501
    "abuse": (r"inuteis|inutil|idiotas?|vai se (?:foder|ferrar|lascar)|vsf|porra|caralho|merda|bosta|fdp|filh(?:o|os) da puta|otarios?|palhacada",),  # noqa: E501
    "joke": (r"(?:e|era|eh) (?:so )?(?:brincadeira|zoeira|zoacao)|zoando|(?:to|estou|tava) brincando|pegadinha|trollando|dramalhao",),  # noqa: E501
    "laugh": (r"k|kk|rs(?:rs)+|hue(?:hue)+|hua(?:hua)+",),
    "chain": (r"repass(?:e|em|a|ar)|compartilh\w+|encaminh(?:e|em|ar) (?:pra|para|a)|divulguem|vans? brancas?|(?:cuidado|atencao) (?:meninas|mulheres|gente|pessoal)",  # noqa: E501
        rf"sequestr\w+ {G5}orgaos|ganhe dinheiro (?:facil|rapido|em casa)|renda extra",),
    "minor_sex_context": (r"motel|hotel|quarto dos fundos|sexua\w+|pelad[oa]s?|sem roupa|transar|boate|hom(?:em|ens) mais velhos?|intim[oa]s?",),  # noqa: E501
    "self_trafficked": (r"(?:fui|sou|somos|fomos) (?:vitimas? de trafico|traficad[ao]s?)",),
    "employment": (r"trabalh\w+|emprego\w*|patr(?:ao|oa|oes)|chefe|encarregad[oa]|capataz|gerente",),
    "others_remain": (rf"(?:outr[ao]s|as outras|os outros|as meninas|os colegas|as mocas|os rapazes) {G2}(?:ainda|continuam|seguem|ficaram)",  # noqa: E501
        r"ainda (?:tem|estao) (?:\w+ )?(?:outr[ao]s|mais)|ainda estao la",
        r"(?:minhas|meus|as|os|nossas|nossos) (?:colegas|amigas|amigos|companheir[oa]s|primas|irmas|conterraneos|mulheres|trabalhadores|costureiras|meninas|mocas)[^.\n]{0,60}?(?:ainda|continuam|seguem|ficaram) (?:\w+ )?(?:la|ali|presas|trabalhando|no|na|com)",),  # noqa: E501
}
# fmt: on

NUMBERS = {
    "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
    "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
    "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
}  # fmt: skip

PERSON = r"(?:novinh[oa]s?|menin[oa]s?|garot[oa]s?|garotinh[oa]s?|filh[oa]s?|sobrinh[oa]s?|net[oa]s?|irma|irmao|irmas|irmaos|prim[oa]s?|adolescentes?|criancas?|mocas?|mocinhas?|rapariga|raparigas|miuda|miudas|mida|aluna|aluno|alunas|vizinh[oa]s?|entead[oa]s?|jovem|jovens|rapaz|rapazes|puto|putos|um|uma|outr[oa])"  # noqa: E501
AGES = (
    r"(?:tem|tenho|tinha|tinham|temos|tens|tendo|com|ter|completou|completa) (?:so |apenas |uns |umas |quase |mais ou menos |cerca de |no maximo )?{N}(?:(?:,| ou| a| e|-| ) ?{N})? (?:anos|aninhos)",  # noqa: E501
    rf"{PERSON} (?:de|com) (?:uns |umas |apenas |so )?{{N}}(?:(?:,| ou| a| e|-| ) ?{{N}})?(?= anos| aninhos|\W*$|[,.;)]| e | ta | esta | que | faz | trabalha)",  # noqa: E501
    rf"{PERSON} \(\s*{{N}}",
    r"{N} anos de idade|idade de {N}",
    # an estimate: "parece ter 15 anos", "aparenta uns 14", "cara de 13 anos"
    r"(?:parece|parecia|parecem) ter (?:uns |umas |no maximo )?{N}|(?:aparenta|aparentava|aparentando) (?:ter )?(?:uns |umas )?{N}|cara de (?:uns )?{N} anos",  # noqa: E501
)
MINOR_WORDS = (
    r"menor(?:es)? de idade|(?:e|eh|sao|ainda e) menor(?:es)?|criancas?|bebes?|recem-nascid[oa]s?|(?:do|no|da|na|de|a) [4-8]a serie",  # noqa: E501
    r"(?:[1-9]|[1-9]o) ano do (?:ensino )?(?:fundamental|medio|basico)|(?:do|no|da|na) (?:[5-9]o ano|ensino fundamental|ensino medio|secundario)",  # noqa: E501
)
HINTS = (
    "nao", "voce", "vc", "vcs", "estou", "estao", "ajuda", "ajudem", "pra", "minha", "eles",
    "elas", "obrigada", "obrigado", "agora", "muito", "isso", "entao", "tenho", "ninguem", "tambem",
)  # fmt: skip

# Where someone could be sent: a street with its number, a road at a kilometre, a named
# business, farm or boat with its town ("Restaurante Tia Maria em Fall River").
_GEN = r"(?:o|a|os|as|um|uma|uns|umas|do|da|dos|das|de|no|na|nos|nas|em|ao|aos|onde|que|e|com|sem|para|pra|por|perto|proximo|la|ali|aqui|meu|minha|meus|minhas|seu|sua|seus|suas|nosso|nossa|dele|dela|deles|delas|deste|desta|desse|dessa|este|esta|esse|essa|aquele|aquela|isso|todo|toda|todos|tudo|mesmo|mesma|grande|pequen[oa]|nov[oa]|velh[oa]|chines[a]?|japones[a]?|coreano|brasileir[oa]|portugues[a]?|italiano|arabe|indiano|ha|faz|tem|tinha|era|sao|centro|cidade|bairro|esquina|predio|casa|frente|lado|fundo|fundos|interior|principal|quando|hoje|ontem|agora|sempre|tambem|muito|mais|dia|noite|tarde|manha|semana|mes|ano|ja|nao|trabalho|la|\d+\w*)"  # noqa: E501
_NAMEW = rf"(?!{_GEN}\b)[\w'&.-]+"
# A street name may be "Rua Nova", "Rua Grande"; it may not start with a verb or "ha 3 anos".
_STREET_NAMEW = r"(?!(?:ha|faz|tem|e|era|onde|que|ao|la|ali|aqui|toda|todo|inteira|perto|com|sem|por|para|pra|em|no|na|um|uma|uns|umas|o|a|os|as|mais|muito|\d+\w*)\b)[\w'.-]+"  # noqa: E501
_TOWN = r"(?!(?:sul|norte|leste|oeste|casa|centro|cidade|bairro|rua|interior|frente|fundo|fundos|cima|baixo|lado|onde|que|um|uma|o|a|os|as|meu|minha|seu|sua|mesmo|mesma|esquina|predio|zona|regiao|area|sul|norte|trabalho|dia|noite|hora|horas|semana|mes|ano)\b)[\w'-]{3,}"  # noqa: E501
_STREET = r"(?:rua|r\.|avenida|av\.?|avda\.?|travessa|tv\.|trav\.|largo|praca|pca\.?|alameda|al\.|estrada|estr\.|rodovia|rod\.|calcada|beco|ladeira|viela|praceta|rotunda|quadra|qd\.?|cais)"  # noqa: E501
_BUSINESS = r"(?:restaurante|bar|boate|casa noturna|motel|hotel|pensao|hostel|pousada|padaria|pastelaria|lanchonete|salao(?: de beleza)?|spa|casa de massagens?|clinica de massagens?|oficina(?: de costura)?|confeccao|fabrica|fazenda|sitio|herdade|estufas?|lava[- ]?jato|posto|loja|mercado|supermercado|navio|barco(?: de pesca)?|traineira|pesqueiro|pizzaria|churrascaria|boteco|sauna|termas|carvoaria|serraria|frigorifico|olaria|garimpo|chacara|granja|armazem|galpao|tasca|casa de alterne|bordel|prive|lavandaria|lavanderia|cabeleireiro)"  # noqa: E501
_NAME = rf"{Q}(?:(?:o|a|os|as|do|da|dos|das) )?{_NAMEW}(?: (?:d[aoe]s? |e |& )?{_NAMEW}){{0,3}}?{Q}"
_SEP = r"(?:,? (?:em|no|na|de|do|da|perto de|proximo a|proximo de|junto a|junto ao|ao lado d[oa]|atracad[oa] (?:no|em)) |, )"  # noqa: E501
_ROAD = r"(?:br|sp|mg|rj|pa|go|ba|pr|rs|sc|ms|mt|pe|ce|ma|pi|rn|pb|al|se|es|am|to|ro|df|en|er|em|n|ic|ip|a)[- ]?\d{1,3}"  # noqa: E501
PLACES = (
    # "Rua Augusta 600", "Rua do Almada, 212", "Av. Brasil nº 5500", "na Rua Mateus Leme, perto do número 1500"
    rf"{_STREET} (?:d[aoe]s? )?(?:\d{{1,2}} de \w+|{_STREET_NAMEW})(?: [\w'.-]+){{0,4}}?,? (?:-|n\.?o?\.? ?|numero |num\.? |(?:perto|proximo|altura|em frente) (?:do|ao) (?:numero |n\.?o?\.? ?)?)?(?<!\bate )(?<!\bas )(?<!\bdas )(?<!\bpor )(?<!\bha )(?<!\bfaz )(?<!\bcom )\d{{1,5}}[a-z]?(?! ?(?:anos|meses|dias|horas|h\b|min|reais|euros|%|pessoas|mulheres|homens|meninas|trabalhadores|vezes|km|(?:da|de) (?:manha|tarde|noite|madrugada)))",  # noqa: E501
    # "BR-316 km 12", "km 14 da PA-150", "estrada N120 perto de Odemira", "estrada vicinal km 8 perto de Unaí"
    rf"{_ROAD},? (?:(?:no|do|ao|na altura do) )?km ?\d+|km ?\d+ (?:d[ao]|na) {_ROAD}",
    rf"(?:estrada|rodovia|{_ROAD})(?: (?:vicinal|municipal|nacional|estadual|velha))?(?: {_ROAD})?(?:,? (?:no |do )?km ?\d+)?,? (?:perto de|proximo a|proximo de|junto a|a saida de|na saida de|entre|sentido) {_TOWN}",  # noqa: E501
    # "na estrada entre Redenção e Marabá"
    rf"(?:estrada|rodovia|{_ROAD}) (?:[\w'.-]+ )?entre {_TOWN} e {_TOWN}",
    # a farm on a named road: "fazenda ... na estrada para Marabá", "sítio na estrada de Itu"
    rf"(?:fazenda|sitio|chacara|herdade|quinta|granja|estufas?|carvoaria|plantac\w+)\b[^.\n]{{0,60}}(?:na|pela) (?:estrada|rodovia) (?:para|pra|de|do|da|que vai (?:para|pra)) {_TOWN}",  # noqa: E501
    # "Restaurante Tia Maria em Fall River", "Motel Paraíso em Aparecida", "Navio Santa Luzia ... no porto de Belém"
    rf"{_BUSINESS} (?:chamad[oa] |de nome |conhecid[oa] como )?{_NAME}{_SEP}{_TOWN}",  # noqa: E501
    # "Salão Glamour Nails no Shopping Aricanduva", "pensão Flor do Mar no Largo do Intendente"
    rf"{_BUSINESS} {_NAME},? (?:no|na|do|da) (?:shopping|centro comercial|mercado|porto|cais|largo|praca|bairro|avenida|rua|estrada) {_NAMEW}",  # noqa: E501
    # "trabalho em Lisboa, no Restaurante Dom Pepe"
    rf"(?:em|de|no|na) {_TOWN},? (?:no |na |num |numa )?{_BUSINESS} (?:chamad[oa] )?{_NAME}(?=\s*(?:$|[.,;:!?(]))",  # noqa: E501
)

# Words the English and Spanish tables read as something else: "sexta" (Friday) and "sexto"
# (sixth) are no "sex" words, "auxílio" is a benefit ("auxílio emergencial") and reads as
# "ajuda" (still a cry as "auxílio!"), "Nina", "Nino" are names, not Spanish children.
SMS_WORDS = {"sexta": "6a", "sexto": "6o", "auxilio": "ajuda", "nina": "nyna", "nino": "nyno"}

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
    places=PLACES,
    sms_words=SMS_WORDS,
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
