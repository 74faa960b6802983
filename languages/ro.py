"""Romanian (Romania, Moldova, workers abroad): danger and cries for help, minors, the
indicators and the kind of exploitation, as people text: without diacritics (s/t for ș/ț are
folded anyway), clitics written "m-au", "mi-a", "ne-au", and "tb" for trebuie.

A tip read as Romanian keeps "n-am", "n-a" as written; one whose language is not known gets the
SMS words of every language ("n-am" becomes "and-am", "dat" "that", "sta" "esta", "tb"
"tambien"); patterns accept both forms.
"""

from __future__ import annotations

from languages.base import Language

G2 = r"(?:[\w'-]+ ){0,2}"
G3 = r"(?:[\w'-]+ ){0,3}"
G5 = r"(?:[\w'-]+ ){0,5}"
NU = r"(?:nu|and|niciodata|n(?=-))"
NOT_NU = r"(?<!\bnu )(?<!\bmai )(?<!\band-)(?<!\bn-)"
CL = r"(?:ma|ne|o|il|le|ii|te|m-|ne-|l-|i-)"  # clitic objects: mă, ne, o, îl ...
STAT = r"(?:sunt|suntem|e|este|sta|esta|stau|stam|estan|stan|ramane|raman|e tinuta|e tinut)"
LOCKED = r"(?:inchis|incuiat|sechestrat|ferecat|legat)(?:a|i|e)?"
ROOM = r"(?:camera|camere|camara|vila|casa|pivnita|beci|subsol|duba|dubita|baie|debara|apartament|container|camion|magazie|cusca|hala|garaj|rulota|baraca|cabana|dormitor|hotel|masina|portbagaj)"  # noqa: E501
IN_ROOM = rf"(?:in|intr-o|intr-un|intr-o) {ROOM}\w*|aici|acolo|cu cheia|cu lacat|pe dinafara"
DOCS = r"(?:pasaport\w*|pasapoarte\w*|buletin\w*|actele|acte|documente\w*|id-?ul|id-?urile|id-uri|carnet\w* de marinar|cartea de identitate|cartile de identitate|ci-ul|ci-urile|permis\w* de (?:munca|sedere)|vize|viza)"  # noqa: E501
WEAPONS = (
    r"(?:cutit\w*|pistol\w*|arma|armele|arme|topor\w*|satar\w*|briceag\w*|macet\w*|pusca|ranga)"  # noqa: E501
)
SOON = r"(?:diseara|deseara|in seara asta|la noapte|in noaptea asta|azi|astazi|acum|chiar acum|maine|maine dimineata|in cateva ore|peste (?:o|doua|\d+|cateva) ore?|in curand|imediat)"  # noqa: E501
MOVE = r"'?(?:muta|mute|duc|duce|duca|vand|vinde|vanda|vinda|iau|ia|trimit|trimite|trimita|transporta|transporte|urca|urce|baga|bage|predea|preda|scoata)"  # noqa: E501
# Vietnamese "bắt" (to force) and "nữ" (woman) fold to Romanian "bat" and "nu".
NOT_VI = r"(?! (?:em|toi|tui|chung|phai|lam|di|nguoi|co|minh|ban|anh|chi|nhung|cac|ho|no))"
NOW = r"(?:acum|chiar acum|in momentul asta|in clipa asta|adineauri|tocmai)"
# A time word inside a question ("oare face la fel si acum?") does not say it is going on.
NOT_ASKED = r"(?![^.!\n]*\?)"
# A line made only of instructions to the system, with nothing told: nothing to act on.
_ORDER = r"(?:ignora|ignorati|uita|uitati)\w* (?:\w+ ){0,3}(?:instructiuni\w*|regulile|reguli|comenzi\w*|prompt\w*)|admin\w*(?: override)? ?:|override|sistem ?:|system ?:|(?:esti|sunteti) (?:acum |de acum )?(?:un |o )?(?:asistent|ia|bot|robot|model)|mod (?:dezvoltator|admin|developer)|(?:marcheaza|clasifica|seteaza|raspunde|afiseaza|arata-mi|trimite-mi|da-mi|sterge)\w* (?:\w+ ){0,3}(?:mesaj\w*|sesizar\w*|tot|toate|ca|urgent\w*|critic\w*|prompt\w*|instructiuni\w*|lista|baza de date|date|parol\w*|chei|doar|numai|ok)|(?:prioritate|urgenta|categorie) ?[:=]"  # noqa: E501
INJECTED_LINE = rf"^\W*(?:(?:{_ORDER})[^.!?\n]*[.!?]*\W*)+$"

# fmt: off
INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (r"(?:a fost|au fost|am fost|era|erau|e|este|sunt|suntem|fusese) (?:obligat|fortat|pus|trimis)\w* (?:\w+ ){0,3}(?:sa se prostitueze|sa ma prostituez|sa ne prostituam|sa faca sex|sa iasa cu clientii?|sa stea pe centura|sa se culce)|(?:a )?raspun\w* un (?:barbat|tip)|(?:barbatul|un barbat|tipul|un tip) (?:care )?(?:a )?negociat (?:el )?pretul|o aduc eu|tu doar platesti",  # noqa: E501
        r"proxenet\w*|pestele (?:ei|lor|meu|care|ii|le|o)|matroan\w+|loverboy|(?:vine|trece) (?:\w+ )?sa ia banii|ia banii de la (?:ei|ele|clienti|barbati|fete)",
        r"(?:ii|le|imi|ne|mi|ni|i)(?:-| )?(?:ia|iau|lua|luau|a luat|au luat) (?:toti |tot |toata |toate )?(?:banii|castigul|castigurile|tokenii|\d+ ?%)|(?:tine|pastreaza|incaseaza|strange|ia) (?:el |ea )?(?:toti |tot )?(?:banii (?:de la clienti|fetelor|lor|ei|nostri)|castigul)",  # noqa: E501
        rf"{CL} ?(?:obliga|forteaza|forta|obligau|pune|pun|trimite|trimit|scoate|scot) {G2}(?:sa se prostitueze|sa ma prostituez|sa ne prostituam|sa faca sex|sa fac sex|sa stea pe centura|sa iasa cu clienti|sa ies cu clienti|sa se culce|la clienti|pe centura|la produs|sa cerseasca|sa cersim|sa cersesc|la cersit)",  # noqa: E501
        r"(?:o|le|ma|ne) vinde|(?:m-a|ne-a|m-au|ne-au|a|au) vandut(?:-o|-ne)?|vandut\w* (?:\w+ ){0,2}(?:unui|la un|unor|la niste) (?:barbat|barbati|proxenet|patron|om|familii)",  # noqa: E501
        r"(?:obligat\w*|trebuie|tambien) sa (?:stea|esta|iasa|mearga|se culce) cu (?:clienti|barbati)\w*|(?:vorbeste|raspunde) (?:in locul ei|in locul lor|pentru ea|pentru ele)|niciodata singur\w*|(?:pune|posteaza|face|pune el) (?:\w+ )?anunturile|(?:programeaza|stabileste) (?:intalnirile|clientii)",),  # noqa: E501
    "confiscated_documents": (rf"(?:mi-a|mi-au|i-a|i-au|ne-a|ne-au|le-a|le-au|ti-a|ti-au|a|au) (?:luat|confiscat|pastrat|ascuns|oprit|retinut|furat|tinut|strans) {G2}{DOCS}",
        rf"(?:-mi|-i|imi|ii|ne|le|iti) (?:tine|tin|tina|pastreaza|retine|retin|ia|iau) {G2}{DOCS}|(?:patronul|seful|sefa|patroana|el|ea|ei|caporalul|capitanul|agentia) (?:le |ne |ii |imi )?(?:tine|tin|pastreaza|are|au) (?:toate )?{DOCS}|{DOCS} (?:sunt|stau) la (?:el|ea|ei|patron|sef|caporal|capitan)\w*",  # noqa: E501  # noqa: E501
        rf"(?:imi|ii|ne|le|iti|isi) (?:tine|tin|pastreaza|retine|retin|ascunde|ascund|ia|iau|confisca) {G2}{DOCS}|(?:tine|tin|pastreaza|are|au|detine) (?:el |ea |seful |patronul |sefa |patroana )?{DOCS} (?:noastre|nostru|mele|meu|ei|lor|tuturor|fetelor|muncitorilor)",  # noqa: E501
        rf"{DOCS} (?:\w+ ){{0,2}}(?:confiscat|luat|retinut|pastrat|ascuns)\w*|{NU} (?:vrea sa )?(?:ne|mi|imi|ii|le|i) (?:da|dea|dau) (?:inapoi )?{G2}{DOCS}",),  # noqa: E501
    "debt_bondage": (rf"datori\w+ {G3}(?:creste|se mareste|nu se termina|tot creste|pentru drum|pentru transport|pentru bilet|pentru cazare|de \d+)",  # noqa: E501
        r"pe datorie|pe caiet|datoreaza\w* (?:mai mult|tot mai mult)|(?:zice|spune|zic|spun|a zis|au zis) ca(?:-i|-l| ii| le)? (?:datorez|datoram|datoreaza|datorezi|datorati)|(?:datorez|datoram|datoreaza) (?:\w+ )?(?:\d[\d.,]*|mii|o mie|euro|lei|bani|pentru|drumul|biletul)",  # noqa: E501
        r"(?:sa|ca sa) '?(?:platesc|platim|plateasca|dau inapoi|returnez|achit|achitam) (?:\w+ )?(?:datoria|drumul|biletul|transportul|cazarea)|pana (?:nu )?(?:platesc|platim|plateste|achit|achitam) (?:datoria|tot|drumul)",  # noqa: E501
        r"(?:imi|ne|le|ii) (?:opreste|opresc|scade|scad|retine|retin|taie) (?:\w+ )?(?:din salariu |din bani )?(?:pentru )?'?(?:cazare|mancare|chirie|transport|drum|tot)",),  # noqa: E501
    "restricted_movement": (rf"{NU}(?:-l|-i| ma| ne| o| il| le| ii| te| mai)* (?:lasa|lasau) (?:sa )?(?:ies|iesim|iasa|plec|plecam|plece|merg|mergem|mearga|ma intorc|ne intoarcem|se intoarca|acasa)",  # noqa: E501
        rf"{NU} (?:mai )?(?:pot|putem|poate|pot sa|putem sa|poate sa) (?:sa )?(?:ies|iesim|iasa|plec|plecam|plece|pleca|fug|fugim|scap|scapam|ma intorc|ne intoarcem)",  # noqa: E501
        r"(?:nu am|nu are|nu avem|nu au|(?:and|n)-am|(?:and|n)-are|(?:and|n)-avem|(?:and|n)-au) voie (?:sa )?(?:ies|iesim|iasa|plec|plecam|plece|ma intorc|afara|coboare|coboram|cobor)|interzis sa (?:iesim|ies|plecam)|nu (?:pleaca|plec|plecam|pot pleca|poate pleca|ii lasa sa plece) pana nu (?:platesc|platim|plateste|platesc|achita|achit)",  # noqa: E501
        r"(?:ies|iesim|iese|ies) doar (?:cu|insotit\w*)|(?:tot timpul |mereu )?(?:pazit|supravegheat|urmarit)\w* (?:tot timpul|mereu|zi si noapte)|ne (?:pazeste|pazesc|supravegheaza)|impotriva vointei",),  # noqa: E501
    "confinement": (rf"(?<!s-a )(?<!s-au ){LOCKED} (?:{IN_ROOM})|tinut\w* (?:cu forta|inchis\w*|legat\w*|sub cheie|{IN_ROOM})|(?:suntem|sunt|e|este) tinut\w*|sechestr\w+|lacat|cu cheia pe (?:dinafara|afara)|captivitate|ostatic\w*|legat\w* cu lant\w*|lanturi",  # noqa: E501
        rf"{CL} ?(?:tine|tin|tinea|tineau|incuie|incuiau|inchide|inchid|inchidea|inchideau) {G2}(?:inchis\w*|incuiat\w*|legat\w*|in {ROOM}|cu cheia)",  # noqa: E501
        rf"(?:m-a|m-au|ne-a|ne-au) (?:inchis|incuiat|sechestrat|legat|ferecat)|(?<!s-)(?:l-a|l-au|a|au) (?:inchis|incuiat|sechestrat|legat|ferecat)(?:-o|-i)? (?:{IN_ROOM})",),  # noqa: E501
    "threats_of_violence": (rf"ameninta\w* {G5}(?:ca {CL} ?(?:omoara|omoare|bate|taie)|cu moartea|familia|copiii|sa {CL} ?omoare|ca ne omoara)",  # noqa: E501
        rf"(?:zice|spune|a zis|a spus|zic|spun|au zis|au spus) {G3}(?:ca )?(?:o sa|va|vor|are sa) {CL} ?(?:omoare|bata|taie|injunghie|arda|ucida)",  # noqa: E501
        rf"(?:o sa|vor sa|vrea sa|va|vor) {CL} ?(?:omoare|ucida|taie)|(?:omoara|omoare|ucide|ucida|bate|bata) (?:\w+ )?(?:familia|mama|copiii|copilul|fratele|sora|parintii)|altfel {G3}{CL} ?(?:omoara|omoare|bate|bat)",),  # noqa: E501
    "threats_of_deportation": (rf"ameninta\w* {G5}(?:politia|imigrari\w*|deport\w+|expulz\w+|trimite acasa|autoritatile|pe mana)",
        r"(?:ne|ma|te|o) (?:da|dau|denunta|raporteaza|reclama) (?:\w+ )?(?:la politie|pe mana politiei|la imigrari|autoritatilor)|(?:vom|voi|o sa|vei|va|vor) fi (?:expulzat|deportat|arestat)\w*",),  # noqa: E501
    "threats_of_exposure": (rf"(?:trimite|trimita|arata|arate|publica|publice|posteaza|posteze|pune|puna) {G3}(?:pozele|poze|filmarile|filmul|video\w*|clipurile) {G5}(?:familie\w*|parinti\w*|sotului|pe internet|pe facebook|pe net|la toti)|santaj\w*|ameninta\w* ca (?:pune|publica|trimite|arata|posteaza) (?:filmele|pozele|video\w*|filmarile)",),  # noqa: E501
    "signs_of_abuse": (rf"{CL} ?(?:bate|bat{NOT_VI}|batea|bateau|loveste|lovesc|lovea|loveau|palmuieste|palmuiesc|chinuie|chinuiesc|tortureaza|arde|ard)",  # noqa: E501
        r"(?:m-a|m-au|ne-a|ne-au|a|au|l-a|l-au) (?:batut|lovit|palmuit|ars|snopit|caftit)(?:-o|-i|-ne)?|batut\w* (?:mar|crunt|rau|zilnic|des)|vanatai\w*|ochi(?:ul)? vanat|urme de (?:bataie|lovituri|arsuri)|arsuri de tigara|in bataie|(?:ia|iau|mananca|primeste|primesc) bataie|buza (?:sparta|umflata)|fata umflata",),  # noqa: E501
    "sexual_violence": (rf"viol\w*|abuz\w* sexual\w*|agresat\w* sexual\w*|(?:a|au) abuzat-o|m-a abuzat|fortat\w* {G2}(?:sa fac sex|sa faca sex|sa se culce|la sex)",),  # noqa: E501
    "weapon": (r"cutit\w*|pistol\w*|arma|armele|arme|armat\w*|topor\w*|satar\w*|briceag\w*|macete?|pusca",),
    "unpaid_wages": (rf"{NU} (?:(?:ma|ne|il|o|le|ii|i|mi|imi|ni)(?: |-))?(?:plateste|platesc|platea|plateau|da banii|dau banii|a platit|au platit)(?! (?:orele suplimentare|la timp|ora suplimentara))",  # noqa: E501
        rf"{NU} (?:mi|ne|i|le|imi|ii)-?(?:a|au) (?:dat|that|platit) {G2}(?:banii|salariul|niciun ban|nimic|un ban|niciun leu)",  # noqa: E501
        rf"(?:nu am|nu au|nu a|(?:and|n)-am|(?:and|n)-au|(?:and|n)-a|nu ne-au|nu mi-au) (?:mai )?(?:primit|vazut|luat) (?:niciun ban|niciun leu|nici un ban|un ban|bani|banii|salariul|salariu|leafa) {G2}(?:de|din|pe|in) (?:\d+|cateva|doua|trei|patru|cinci|sase|multe|luni|un an|o luna|ani)",  # noqa: E501
        r"nu (?:primesc|primim|primeste|primeau|primea) (?:nimic|niciun ban|bani|salariu|banii)|munc\w+ pe nimic|(?:le|ii|ne|imi|mi|i) (?:tine|pastreaza|ia|iau|opreste) (?:tot )?(?:salariul|salariile|banii)",  # noqa: E501
        rf"fara (?:salariu|bani|plata|sa fim platiti|sa ne plateasca)|munc\w+ {G3}(?:degeaba|pe gratis|gratis|pe mancare|doar pentru mancare)|(?:tine|pastreaza|ia|iau|opreste) (?:\w+ )?(?:salariul|salariile|banii) (?:nostri|mei|lor|ei)",  # noqa: E501
        r"(?:\d+|cateva|multe|doua|trei) luni (?:fara|de cand nu|nu) (?:salariu|bani|am primit|ne-a platit)",
        r"(?:nu am|nu au|nu a|n-am|n-au|n-a|and-am|and-au|and-a|nu ne-au|nu mi-au) (?:mai )?(?:primit|vazut|luat|castigat) (?:niciodata|nicicand|deloc) (?:niciun |vreun |un )?(?:ban|bani|banii|salariu|salariul|leafa)|(?:banii|salariul|salariile) (?:pe care|care) (?:nu|n-) ?(?:mi|ni|ne|i|le) ?i-?(?:a|au) (?:dat|platit)|nu (?:mi|ne|le|i) (?:i|l)-?(?:a|au) (?:dat|platit)",),  # noqa: E501
    "recruitment_fraud": (rf"(?:ne-a|mi-a|i-a|le-a|ne-au|mi-au|i-au|le-au) promis {G5}(?:munca|lucru|job|salariu|bani|\d+ euro|contract|acte)|promis\w* {G3}(?:munca|lucru|de lucru|job|salariu)",  # noqa: E501
        rf"oferta (?:de munca )?(?:falsa|mincinoasa)|anunt fals|(?:ne-au|m-au|m-a|ne-a|au|a) mintit|am fost (?:pacalit|inselat|mintit)\w*|(?:cand|dupa ce) am ajuns {G3}(?:ne-au|mi-au|ne-a|mi-a|au|a) (?:luat|zis|spus|obligat)",),  # noqa: E501
    "isolation": (rf"(?:mi-a|mi-au|i-a|i-au|ne-a|ne-au|le-a|le-au) (?:luat|confiscat|spart) {G2}(?:telefonul|telefoanele|mobilul)|(?:imi|ii|ne|le) (?:ia|iau|tine|tin|confisca) {G2}(?:telefonul|telefoanele|mobilul)",  # noqa: E501
        rf"{NU} (?:am|are|avem|au) voie (?:sa )?(?:vorbim|vorbesc|vorbeasca|sunam|sun|sune|folosim|folosesc)|{NU} {CL} ?(?:lasa) sa (?:vorbesc|vorbim|vorbeasca|sun|sunam|sune)|izolat\w*|fara telefon|nu vorbe(?:ste|sc) cu nimeni",),  # noqa: E501
    "forced_criminality": (rf"(?:obliga|forteaza|pune|pun|trimite|trimit|obligat\w*|fortat\w*) {G3}(?:sa fure|sa furam|sa fur|la furat|sa vanda droguri|sa vindem droguri|sa vand droguri|sa care droguri|la buzunarit|sa buzunareasca)",  # noqa: E501
        r"furt din buzunare|vand(?:em)? droguri pentru (?:el|ei)",),
    "deprivation": (rf"{NU} (?:ne|imi|ii|le|mi|ni|ma) (?:da|dau|dadea|dadeau|lasa) {G2}(?:de mancare|mancare|sa mancam|sa mananc|apa|sa bem|sa dorm|sa dormim|sa ne odihnim|medicamente)",  # noqa: E501
        rf"fara (?:mancare|apa|somn|medicamente|doctor|ingrijire medicala)|(?:nu am|(?:and|n)-am|nu am mai|nu mai am) mancat de|murim de foame|mor de foame|infometat\w*|{NU} (?:ma|ne|o|il) (?:duce|duc|lasa) {G2}(?:la doctor|la medic|la spital)",),  # noqa: E501
    "child_labor": (rf"munca (?:copiilor|infantila)|(?:copii|copiii|copilul|copila|fetita|fetite|baietel|baieti|minori|minore) {G3}(?:muncesc|lucreaza|cersesc|cerseste|vand|vinde|culeg|muncind|lucrand|cersind)",  # noqa: E501
        r"nu (?:mai )?(?:merge|merg) la scoala|(?:scos|scoasa|scosi) de la scoala",),
    "quota": (rf"(?:trebuie|tb|tambien) sa (?:aduc|aducem|aduca|fac|facem|faca|strang|stranga|castig) {G3}(?:\d+|o suta|doua sute|cinci sute) ?(?:de )?(?:euro|lei|ron|clienti)? (?:pe|in fiecare|pe fiecare) (?:zi|noapte|seara|tura)",  # noqa: E501
        r"nu (?:face|fac|facem) norma|norma (?:de|zilnica)|daca nu (?:aduc|aducem|aduce|fac|facem|face) (?:\w+ )?(?:suma|norma|destui|destul|\d+)",),
    "medical_emergency": (r"inconstient\w*|lesin\w*|si-a pierdut cunostinta|supradoz\w*|overdoz\w*|convulsii|sanger\w+ (?:tare|mult|abundent|puternic)|nu (?:mai )?respira|nu se (?:mai )?(?:misca|trezeste)",  # noqa: E501
        r"grav ranit\w*|(?:i-a|mi-a|i-au|mi-au) rupt (?:mana|piciorul|bratul|coastele|nasul)|are nevoie de (?:doctor|medic|salvare|ambulanta|spital)|a cazut de pe (?:schela|acoperis)",),  # noqa: E501
    "lives_at_workplace": (r"(?:nu|n-a) (?:mai )?(?:iese|ies|iesea|ieseau) (?:niciodata|deloc|din casa|din curte|afara|de acolo)|nu (?:o|il|le|ii) (?:vad|vedem|am vazut) (?:niciodata )?(?:iesind|afara|pe strada)|(?:doarme|dorm|dormea|dormeau) (?:\w+ )?(?:in pivnita|in beci|in grajd|in magazie|in camara|in garaj|in spate|acolo)",  # noqa: E501
        rf"(?:dorm|doarme|dormim|locuiesc|locuieste|locuim|stau|sta|esta|stam|traim|traiesc) {G2}(?:la (?:munca|ferma|fabrica|restaurant|salon|santier|patron|sef)|in (?:restaurant|salon|fabrica|depozit|magazie|bucatarie|ferma|container|hala|spatele (?:restaurantului|salonului|magazinului))|pe (?:santier|vapor|ferma)|in (?:camara|grajd|stana))",),  # noqa: E501
    "poor_living_conditions": (rf"(?:\d+|zece|douazeci|multi|multe) (?:oameni|muncitori|femei|barbati|fete|persoane) {G3}(?:intr-o|intr-un|in aceeasi|in acelasi) (?:singura )?(?:camera|container|baraca|rulota|apartament)",  # noqa: E501
        r"dorm(?:im)? pe jos|saltele pe jos|fara (?:apa curenta|curent|caldura|baie|toaleta)|conditii (?:mizerabile|inumane|groaznice)",),  # noqa: E501
    "transported_to_work": (rf"(?:duba|dubita|microbuz|masina|autobuz) {G3}(?:ne|le|ii|ma|o) (?:ia|duce|aduce|aduna|transporta|lasa)",),
    "excessive_hours": (r"(?:1[2-9]|2[0-4]|douasprezece|paisprezece|cincisprezece|saisprezece|optsprezece|douazeci) ?(?:de )?(?:ore|h) (?:pe zi|pe tura|zilnic|la rand|fara pauza)",  # noqa: E501
        r"non-? ?stop|(?:7|sapte) zile (?:pe|din) (?:saptamana|7)|zi si noapte|fara (?:zi libera|zile libere|pauza|odihna)|nu (?:avem|am|are|au) (?:nicio )?zi libera|de la \d{1,2} (?:dimineata )?(?:pana la|la) \d{1,2}",),  # noqa: E501
    "high_buyer_traffic": (rf"(?:multi|o gramada de|tot felul de|zeci de|\d+) (?:barbati|clienti|masini|tipi) {G3}(?:intra|ies|vin|trec|pe noapte|pe zi|in fiecare noapte|toata noaptea)|intra si ies (?:barbati|clienti)|barbati (?:\w+ )?(?:intra si ies|vin si pleaca)|unul dupa altul|platesc la (?:usa|intrare)|doar barbati",),  # noqa: E501
    "high_security_premises": (rf"ferestre(?:le)? {G2}(?:acoperite|vopsite|cu gratii|blocate|astupate)|gratii la ferestre|camere (?:video )?peste tot|paznici?|sarma ghimpata",),  # noqa: E501
    "unusual_hours": (r"pana la (?:ora )?[1-6] (?:dimineata|noaptea)|toata noaptea|non-?stop",),
    "online_ad": (rf"anunt\w* {G3}(?:pe|de pe|din) (?:internet|facebook|fb|insta\w*|olx|publi24|site|siteuri|net|tiktok)|publi24|anunt\w* (?:de )?[\"'«»“” ]*(?:masaj|escorta|matrimonial\w*)|acelasi (?:numar|telefon) (?:pentru|la|pe) (?:\d+|mai multe|doua|trei|patru|cinci|sase|sapte) (?:fete|femei|anunturi)|(?:\d+|mai multe|doua|trei|patru|cinci|sase|sapte) fete (?:diferite )?(?:si|cu) acelasi (?:numar|telefon)",),  # noqa: E501  # noqa: E501
    "online_recruitment": (rf"(?:cunoscut|cunoscuta|contactat\w*|recrutat\w*|scris|abordat\w*|gasit\w*) {G5}(?:pe|prin|de pe) (?:facebook|fb|insta\w*|tiktok|whatsapp|telegram|internet|net|un site|o aplicatie|messenger|tinder|olx)",),  # noqa: E501
    "moved_between_locations": (rf"din oras in oras|dintr-un oras in altul|(?:ne|le|o|ma) (?:muta|mutau|plimba|plimbau|duc|duceau) {G3}(?:prin orase|prin tari|dintr-un oras|in fiecare saptamana)",),  # noqa: E501
    "fearful_submissive": (r"frica|speriat\w*|ingrozit\w*|terorizat\w*|inspaimantat\w*",),
    "scripted_answers": (r"aceeasi poveste|raspunsuri (?:invatate|repetate)",),
    "disoriented": (rf"{NU} (?:stiu|stie|stim) (?:unde (?:sunt|suntem|este|e|ne aflam|ma aflu)|in ce oras|adresa)|dezorientat\w*",),  # noqa: E501
    "romance_grooming": (rf"loverboy|lover boy|(?:iubitul|prietenul|iubit) {G5}(?:o obliga|ma obliga|o trimite|ma trimite|a vandut|o vinde|o pune|ma pune) {G3}(?:clienti|barbati|centura|prostitu\w*|sex|produs)",),  # noqa: E501
    "no_possessions": (r"fara (?:bagaje|lucruri|haine)",),
    "multiple_phones": (r"(?:doua|2|trei|3|mai multe) telefoane",),
    "self_report": (r"am nevoie de ajutor|vreau sa (?:plec|scap|fug|ma intorc acasa|ies)|(?:ma|ne) (?:obliga|forteaza)|(?:seful|patronul|proxenetul) meu|(?:sefa|patroana) mea",),  # noqa: E501
    "remote_sexual_acts": (r"videochat|webcam|(?:in|pe|la) camera web|live (?:nud|sexy|pe bani)|apel\w* video|video (?:nud|intim|porno|sexual\w*)|poze (?:nud|goale|intime|porno|sexy)|nuduri|onlyfans",),  # noqa: E501
    "branding_tattoo": (rf"tatuaj\w* {G5}(?:numele|initialele|cod de bare|coroana)|marcat\w* cu fierul",),
}
# fmt: on

_DANGER = (
    r"^\W*ajutor|ajutor\W*$|ajutor ?!|ajutor,? (?:va|te) rog|(?:va|te) rog,? ajutor|ajutor,? (?:repede|urgent|acum|politia)",  # noqa: E501
    r"ajut(?:a|ati|ati-?)[- ]?(?:ma|ne)(?! sa (?:inteleg|aflu|gasesc|stiu|completez|aleg))|(?:am|avem) nevoie (?:urgent |urgenta )?de ajutor (?:urgent|acum|repede)",  # noqa: E501
    r"salv(?:ati|eaza)[- ]?(?:ma|ne)|scoate(?:ti)?[- ]?(?:ma|ne) de (?:aici|acolo)|veniti (?:repede|dupa (?:mine|mie)|dupa noi|sa ma luati|sa ne luati|urgent)",  # noqa: E501
    r"trimite(?:ti)? (?:ajutor|pe cineva|politia|o masina)|(?:a|au) (?:incuiat|inchis) usa (?:cu cheia |pe dinafara )?(?:si (?:a|au) (?:plecat|luat cheia))|(?:e|este|sta|vine|a venit|a intrat|sunt) (?:[\w'-]+ ){0,4}cu (?:un |o )?(?:cutit\w*|pistol\w*|arma|topor\w*|satar\w*|briceag\w*|macet\w*|pusca) (?:in mana|la usa|dupa (?:mine|mie|noi)|acum)",  # noqa: E501
    r"(?:chemati|sunati|anuntati|trimiteti) (?:la )?(?:politia|politie|112|salvarea|ambulanta|pompierii)|suna (?:la )?(?:politie|politia|112) (?:repede|acum|te rog|va rog)",  # noqa: E501
    # locked, tied, held now
    rf"{NOT_NU}(?:sunt|suntem|stau|stam) {G2}{LOCKED}(?! in (?:trafic|aeroport|vama|coloana|weekend))(?! (?:noaptea|in fiecare|cand))",  # noqa: E501
    rf"{NOT_NU}{STAT} {G2}{LOCKED} (?:{IN_ROOM})|{NOT_NU}{STAT} {G2}sechestrat\w*",
    rf"{NOT_NU}{CL} ?(?:tine|tin|tineau) (?:\w+ )?(?:inchis|incuiat|legat|sechestrat)\w*(?! (?:noaptea|in fiecare|cand))|(?:m-a|m-au|ne-a|ne-au) (?:inchis|incuiat|sechestrat|legat|ferecat)(?! (?:acum \d|acum (?:doi|trei|cativa|multi) ani|cand))",  # noqa: E501
    # killed, moved or sold soon
    rf"(?<!s-)(?:l-a|l-au|o|a|au) (?:inchis|incuiat|sechestrat|legat)(?:-o)? (?:{IN_ROOM})(?! (?:acum \d|cand))",
    # the door locked from outside; blows and screams heard now
    r"usa (?:[\w'-]+ ){0,2}(?:e|este|sunt) (?:incuiata|inchisa|blocata|cu lacat) (?:cu cheia )?(?:pe|din|de pe) (?:dinafara|afara|exterior)",  # noqa: E501
    r"(?:aud|auzim|se aude|se aud) (?:acum |chiar acum )?(?:[\w'-]+ ){0,3}(?:tipete|tipand|urland|plangand|cum (?:o|il|le|ii) bate|bataie|lovituri|strigand dupa ajutor|cerand ajutor)",  # noqa: E501
    # on the road now, to nobody knows where
    r"(?:sunt|suntem|stau|stam) (?:acum |chiar acum )?in (?:duba|dubita|microbuzul|microbuz|masina|camionul|autocarul|portbagajul)\w* (?:lor|lui|cu ei|cu el)|(?:ne|ma|le|o) (?:duc|duce) (?:undeva|intr-un loc|nu stiu unde|nu stim unde)|nu (?:stim|stiu) unde (?:ne|ma) (?:duc|duce)",  # noqa: E501
    r"(?:ne-au|m-au|ne-a|m-a) (?:urcat|bagat|pus|aruncat|impins) (?:intr-un|intr-o|in) (?:microbuz|duba|dubita|masina|camion|portbagaj|dube|vapor|barca)|mergem de \d+ ore",  # noqa: E501
    rf"{NOT_NU}(?:o sa|vor sa|vrea sa|va|vor|are sa|au de gand sa) {CL} ?(?:omoare|ucida|omori|taie|injunghie|impuste|arda)",  # noqa: E501
    rf"{NOT_NU}{CL} ?{MOVE} {G5}{SOON}|{SOON} {G5}{CL} ?{MOVE}|{SOON} {G5}(?:sa |s-){CL} ?{MOVE}\b",
    rf"{SOON} {G5}{CL} ?'?(?:dau|da|dea|vand|vinde)'? (?:altui|unui|la alt|la un alt|la un|la niste) (?:patron|barbat|om|client|proxenet|grup)",  # noqa: E501
    # being hurt now, a weapon out
    rf"{CL} ?(?:bate|bat{NOT_VI}|loveste|lovesc|taie|injunghie|violeaza|sugruma|strangula|omoara) {NOW}|tocmai (?:m-a|m-au|ne-a|ne-au|a|au) (?:batut|lovit|injunghiat|impuscat|taiat|ars|violat)",  # noqa: E501
    rf"(?:cu|tine|tin|are) (?:un |o )?{WEAPONS} (?:la gat|la cap|la tampla|pe (?:mine|mie)|pe noi|indreptat\w*|in mana)|ameninta\w* {G2}cu {WEAPONS} {NOW}",  # noqa: E501
    # hurt, unconscious, dying
    r"sangerez|sangeram|sangereaza(?! (?:putin|usor))|(?:e|este|a fost|au fost) (?:injunghiat|impuscat)\w*|(?:a|au|l-a|l-au|m-a|m-au) (?:injunghiat|impuscat)(?:-o)?|(?:imi|iti|ii|ne|le) (?:rup|rupe) (?:degetele|picioarele|mainile|oasele|gatul)|are (?:un )?(?:pistol|arma|pusca)\w* si (?:[\w'-]+ ){0,4}(?:impusca|omoara|omoare|taie)|(?:e|este) (?:inconstient\w*|lesinat\w*)|si-a pierdut cunostinta|a lesinat|supradoz\w*|overdoz\w*|convulsii",  # noqa: E501
    r"nu (?:mai )?(?:pot|putem|poate|pot sa|putem sa) respir\w*|fara aer|nu (?:mai )?respira|nu se (?:mai )?(?:misca|trezeste)|nu (?:mai )?reactioneaza|(?:o sa|vom|va|vor|o sa) (?:mor|murim|moara|muri)(?! de (?:ras|foame|plictiseala|rusine))",  # noqa: E501
    rf"{NOT_NU}(?:sunt|suntem|e|este) in pericol|viata (?:mea|ei|lui|noastra) e in pericol|(?:mi-e|imi e|ne e) frica (?:pentru viata|ca (?:ma|ne|o) omoara)|(?:sunt|stau|suntem) ascuns\w*|(?:m-am|ne-am) ascuns",  # noqa: E501
    r"in portbagaj|(?:e|este|a luat) foc|iese fum",
    rf"{NU} (?:ne|ma|il|o|le|ii) (?:lasa|lasau) (?:sa )?(?:chemam|chem|sunam|sun|cheme|sune|ducem|duc|mergem|merg) (?:\w+ )?(?:ambulanta|salvarea|112|un doctor|doctorul|medicul|la spital|la doctor|la medic)",  # noqa: E501
    rf"(?:{NU} (?:ma|ne|o|il) |nu-l |nu-i )(?:lasa|duce|duc) {G2}(?:la spital|la doctor|la medic)|(?:ii|imi|le|ne) curge sange|{NU} (?:vrea|vor) sa (?:cheme|sune) (?:salvarea|ambulanta|112|un doctor)",  # noqa: E501
)

# "n-am", "n-a" (kept as written, or "and-am", "and-a" when read as an unknown language) end the
# clause negations are looked for in.
DANGER: tuple[str, ...] = tuple(rf"(?<!\band-)(?<!\bn-)(?:{p})" for p in _DANGER)

HARM: tuple[str, ...] = (
    WEAPONS,
    r"legat\w* cu lant\w*|in lanturi|incatusat\w*",
    rf"sanger\w+|foc|fum|omoara|omoare|impusc\w+|injunghi\w+|{CL} ?(?:bate|bat{NOT_VI}|loveste|lovesc|taie|injunghie|violeaza|sugruma)|(?:m-a|m-au|ne-a|ne-au|a|au) (?:batut|lovit|injunghiat|impuscat|taiat|ars)",  # noqa: E501
    rf"{NU} (?:pot|putem|poate) (?:sa )?(?:ies|iesim|plec|fug|scap|respir)|{CL} ?(?:vinde|vand|duce|muta)",
)
IMMINENT: tuple[str, ...] = (
    r"acum(?! (?:\d+|cativa|cateva|multi|multe|doi|doua|trei|o|un) (?:ani|an|luni|luna|saptamani|saptamana|zile|zi))|chiar acum|in momentul asta|in clipa asta|adineauri|tocmai",  # noqa: E501
    r"(?:mi-e|imi e|ne e|mi e) (?:frica|teama)|diseara|deseara|in seara asta|la noapte|in noaptea asta|repede|urgent|ajutor|112|(?:peste|in) (?:o|doua|\d+|cateva) (?:ore|ora|minute)",  # noqa: E501
)

SAFE: tuple[str, ...] = (
    r"(?<!nu )(?<!and-)(?<!n-)(?:sunt|suntem|acum sunt|acum suntem) (?:bine|ok|okay|teafar\w*|in siguranta|la adapost|in afara pericolului|liber\w*)(?! (?:inchis|legat|sechestrat))",  # noqa: E501
    r"(?:e|este|sunt) (?:acum )?(?:in siguranta|teafar\w*|la adapost|in afara pericolului)|nu (?:mai )?(?:sunt|suntem|e|este) (?:nimeni )?in pericol|nimeni nu (?:e|este) in pericol|nu (?:e|este) urgent",  # noqa: E501
)

# "n-a", "n-am" (nu a, nu am) reach the negation check as "n a", "n am".
NEGATION = r"(?<!phu )(?<!thieu )(?<!dong )nu(?! (?:sinh|phuc|giup|cong|tiep|nhan|gioi|tinh|trang|hoang|than|si|y ta|quyen))|nici|nimeni|niciodata|niciun|nicio|nimic|n(?= (?:a|am|ai|au|avem|ati|are|aveam|avea|aveau|o|ar|as|e|i|l|le|ne|mi)\b)"  # noqa: E501
HEDGE = r"nu stiu|nu sunt sigur\w*|nush|nustiu"
HYPOTHETICAL = r"ce se intampla daca|daca cineva|daca o persoana|daca un patron|daca angajatorul|ar fi|ipotetic\w*|in general|(?:e|este) (?:legal|ilegal|normal) (?:sa|daca)|cum (?:recunosc|identific|imi dau seama)|semnele|ce inseamna trafic|un film|serial\w*|se considera|e considerat|(?:intreb )?din curiozitate"  # noqa: E501

# fmt: off
CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (r"prostitu\w+|proxenet\w*|(?:sta|stau|esta|scoate|scot|pune|duce|duc|trimite) (?:\w+ )?pe centura|bordel\w*|casa de toleranta|matroan\w+|escort\w*|dame? de companie|masaj erotic|final fericit|happy end|videochat|loverboy",  # noqa: E501
        rf"(?:sa (?:faca|fac|facem) sex|sa se culce|sa ma culc|sa (?:iasa|ies|iesim|mearga|merg) cu|sa (?:satisfaca|servesc|servim)) {G2}(?:clienti|barbati|clientii|barbatii)",  # noqa: E501
        rf"(?:sex|culc\w+|poze|filmulete) {G3}(?:pe|pentru|contra) (?:bani|banii|lei|euro|droguri)|vinde {G2}(?:corpul|trupul)|(?:o|le) vinde {G2}(?:barbatilor|clientilor|la barbati)",  # noqa: E501
        rf"(?:ies\w*|merg\w*) cu clienti|clienti (?:care )?platesc|platesc {G2}(?:sa|ca sa) (?:se culce|stea|faca sex)|intra si ies barbati|barbati {G3}(?:intra si ies|vin noaptea|unul dupa altul)",  # noqa: E501
        r"bani pe (?:intalniri|ora|noapte)|posteaza fetele|favoruri sexuale|in schimbul unor favoruri|site de cam|cam model|studio (?:de )?(?:videochat|cam|chat)|tokeni\w*|vinde\w* intalniri|intalniri (?:contra cost|pe bani|platite)",  # noqa: E501
        rf"(?:o|le) vinde {G2}(?:barbatilor|clientilor|la barbati|la soferi\w*|soferilor|la tiristi)|(?:baga|aduce|trimite) (?:\w+ )?barbati (?:la|peste)|(?:o|le|ma|ne) (?:duce|duc|ducea|trimite|trimit) (?:\w+ )?la (?:barbati|clienti)|barbati {G3}pentru bani",  # noqa: E501
        rf"(?:barbati|clienti) care platesc|banii de la clienti|(?:stea|stau|stam|esta) cu clienti\w*|unui client|(?:le|ii|ne|imi) aduce clienti|(?:merge|iese|se culca|sta|esta) cu {G2}pe bani|danseaza pentru (?:soferi|clienti|barbati)",  # noqa: E501
        r"strip-?tease|dansatoare (?:in|la|de) (?:club|bar)|la clienti (?:acasa|la hotel)|prin hoteluri|(?:pune|posteaza) (?:\w+ )?anunturile",  # noqa: E501
        # the writer was a client; the price agreed with men; cars; women dropped and the money picked up
        r"(?:eram|am fost|ca|sunt|fiind) client(?!ul| (?:la|al|fidel|de))|negocia\w* (?:\w+ )?(?:pretul|tariful|suma) cu (?:un |niste |o )?(?:barbat|barbati|client|clienti|sofer|soferi|tip|tipi)|(?:se urca|urca|urcau|se urcau) in masini (?:diferite|straine|ale unor barbati|cu barbati)",  # noqa: E501
        r"(?:lasa|lasau|duce|duc|aduce|aduc) (?:\w+ ){0,2}(?:femei|fete|tipe)[^.\n]{0,80}(?:sa ia|ia|iau|strange|aduna|incaseaza) banii|(?:in timpul|dupa|inainte de) (?:intalnirilor|intalniri)|apartamente in regim hotelier[^.\n]{0,60}(?:fete|femei|clienti)|(?:fete|femei)[^.\n]{0,60}apartamente in regim hotelier",  # noqa: E501
        r"acelasi (?:numar|telefon) (?:pentru|la|pe) (?:\d+|mai multe|doua|trei|patru|cinci|sase|sapte) (?:fete|femei|anunturi)|(?:\d+|mai multe|doua|trei|patru|cinci|sase|sapte) fete (?:diferite )?(?:si|cu) acelasi (?:numar|telefon)|o aduc eu|tu doar platesti",  # noqa: E501
        r"vind\w* (?:\w+ ){0,2}(?:poze (?:cu ea|intime|nud\w*|goale)|continut\w*|filmulete intime|nuduri)|continut (?:pe bani|platit|pentru adulti)|(?:apel\w* video|live\w*) (?:pe bani|platit\w*)",  # noqa: E501
        r"(?:altui|unui|la alt|la un alt|un alt|la un) peste\b|pestele (?:ei|lor|meu|ma|o|ne|le)",
        # girls held at a bar or club
        r"(?:bar|barul|club|clubul|discoteca|local)\b[^.\n]{0,60}\b(?:fete|femei)\b[^.\n]{0,40}(?:tinute|sechestrate|inchise|vandute|obligate|fortate)|(?:fete|femei) (?:\w+ ){0,2}(?:tinute cu forta|sechestrate)[^.\n]{0,40}(?:bar|club|discoteca)",),  # noqa: E501
    "work": (r"or(?:ele|e) suplimentare|munc\w+|lucr\w+|serviciu\w*|job\w*|sef\w*|patron\w*|angajator\w*|angajat\w*|salari\w*|leafa|contract|tura|caporal\w*|boss\w*|supervizor\w*",),  # noqa: E501
    "labor_sector": (r"(?:fac|face|faceam|facea|facem) curat|stapan(?:a|ul)|ferma|ferme|la camp|campuri|capsuni|sere?|culesul|cules|recolt\w+|fabrica|constructi\w+|santier\w*|restaurant\w*|bucatarie|spalat vase|spalatorie|menajera|curatenie|femeie de serviciu|ingrijitoare|badanta|bona|vapor|pescuit|abator|brutarie|depozit|cers\w+|salon de unghii|manichiura|unghii|bucatar\w*|cantina|ospatar\w*|chelner\w*|shaormeri\w*|fast-?food|pizzeri\w*|caramidari\w*|croitor\w*|atelier\w*|cioban\w*|stana|grajd|servitoare|slujnica|fabric\w+|spalatorie auto",),  # noqa: E501
    "massage": (r"masaj\w*|salon de masaj|spa|saun[ae]|saunele",),
    "suspicion": (r"(?:politia|inspectorii|inspectia muncii|itm|carabinierii|o asociatie|o ong) (?:[\w'-]+ ){0,3}(?:salvat|eliberat|scos|inchis|gasit)\w*|(?:am fost|a fost|au fost|sunt|e|este|era|erau) exploatat\w*|suspect\w*|ciudat\w*|dubios|dubioasa|nu e normal|nu-i normal|cred ca|am impresia|trafic de (?:persoane|fiinte umane)|ceva nu e in regula",),  # noqa: E501
    "smuggling": (r"(?:sa-l|sa-o|sa-i|sa ii|sa ne|sa ma|sa le|s-o|sa) treaca (?:granita|frontiera|in \w+|peste \w+)|calauz\w*|(?:trecut|trecem|trece) (?:ilegal )?(?:granita|frontiera)",),
    "partner": (r"(?:sotul|sotia|sotu|iubitul|iubita|concubinul|concubina|nevasta)(?:(?:-| )(?:meu|mea|ei|lui|sau|sa))?|(?:fostul|fosta|barbatul|barbatu)(?:-| )(?:meu|mea)",),  # noqa: E501
    "past_long": (r"acum (?:\d+|cativa|multi|doi|trei|patru|cinci) ani|anul trecut|in (?:19|20)\d\d|cand eram (?:mica|mic|copil|minora|minor|adolescent\w*)|demult|cu ani in urma|cand (?:lucram|locuiam|stateam|eram) (?:acolo|la ei|la el|la ea|in)|(?:prin|in) anii \d+",),  # noqa: E501
    "past_recent": (r"acum (?:\d+|cateva|doua|trei|o) (?:saptamani|saptamana|luna)|luna trecuta|saptamana trecuta",),
    "present": tuple(rf"(?:{p}){NOT_ASKED}" for p in (r"acum(?! (?:\d+|cativa|cateva|multi|multe|doi|doua|trei|o|un) (?:ani|an|luni|luna|saptamani|saptamana|zile|zi))(?! (?:e|este|sunt|suntem|am|avem) (?:bine|pensionar\w*|in siguranta|liber\w*|acasa|familia|copii|o viata|alt))",  # noqa: E501
        r"chiar acum|in acest moment|in momentul asta|inca|azi|astazi|ieri|aseara|saptamana asta|in seara asta|diseara|in fiecare (?:zi|noapte)|zilnic|de (?:doua|trei|cateva) zile|alaltaieri|in continuare",)),  # noqa: E501
    "out_safe": (r"am (?:fugit|scapat|evadat|reusit sa (?:fug|plec|scap|ies))|(?:a|au) (?:fugit|scapat)|am plecat de (?:acolo|la (?:ei|el|ea))|m-am intors acasa|am fost salvat\w*|s-(?:a|au) intors (?:acasa|in tara|la \w+)|ne-am intors (?:acasa|in tara)|acum (?:e|este) bine",  # noqa: E501
        r"(?<!nu )(?<!n-)(?:sunt|suntem|e|este) (?:acum )?(?:[\w'-]+ ){0,4}(?:in siguranta|la adapost)|(?:sunt|suntem|e|este) (?:acum )?acasa|acum (?:sunt|suntem) bine|intr-un adapost|nu mai (?:lucrez|sunt|stau|locuiesc) (?:acolo|la (?:ei|el|ea))",),  # noqa: E501
    "hearsay": (r"am auzit(?: si eu)? (?:ca|de|cum ca|zvonuri|vorbindu-se)|cineva mi-a (?:zis|spus|povestit)|mi-a (?:zis|spus) cineva|se zice|se spune|am aflat ca|mi-a (?:zis|spus) (?:o|un) (?:prietena|prieten|vecina|vecin|cunostinta|colega|coleg)|(?:o|un) (?:prietena|prieten|vecina|vecin|cunostinta|colega|coleg|amic|amica|var|verisoara|tip) (?:[\w'-]+ ){0,2}(?:mi-a )?(?:zis|spus|povestit|zice|spune)|cica|umbla vorba|zvon\w*|lumea zice",),  # noqa: E501
    "identifiable": (r"(?:sora|fratele|fiica|fiul|verisoara|varul|mama|tata|matusa|unchiul|prietena|prietenul|vecina|vecinul|colega|colegul|nepoata|nepotul|sotia|sotul|iubita|iubitul|cumnata|cumnatul)(?:-| )(?:mea|meu)|o cheama|il cheama|se numeste|eu sunt|suntem",),  # noqa: E501
    "question": (r"(?:e|este) (?:legal|normal|ilegal|ok|in regula)|cum (?:pot|fac|raportez|denunt|sa|se)|unde (?:pot|ma duc|raportez|sun)|ce (?:pot|sa|trebuie sa) fac|(?:vreau|as vrea) sa stiu|o intrebare|informatii|voluntar\w*|donati\w*|(?:tema|proiect|lucrare|referat) (?:la|pentru) (?:scoala|facultate|liceu)",  # noqa: E501
        r"^\W*(?:cum|ce|care|unde|cine|cand|de ce|pot|se poate)\b",
        r"unde (?:ma plang|sa ma plang|pot sa ma plang|reclam|depun plangere|fac plangere)|(?:e|este) (?:permis|voie|ok)\W*\?|are voie sa|se (?:mai )?poate face plangere|pot (?:sa )?cer\w*",),  # noqa: E501
    "test": (INJECTED_LINE, r"^\W*(?:(?:test|testez|testare|proba|e un test|acesta e un test|asta e un test|buna|salut|alo|hei|buna ziua|buna seara|e cineva|e cineva acolo|functioneaza|ignorati|\d+)\b\W*)+$",),  # noqa: E501
    "abuse": (r"incompetent\w*|niste (?:idioti|prosti|nenorociti|boi)|idiotilor|idiotule|prostilor|prostule|muie|pula|pizda|futu-?(?:te|va)|du-te dracu|du-te-n|nenorocit\w*|boule|handicapat\w*|jegos\w*|incapabili|inutili",),  # noqa: E501
    "joke": (r"glumesc|gluma|ma joc|farsa|pacaleala",),
    "laugh": (r"haha\w*|hihi\w*|[:=]\)\)+|lol|😂|🤣|😹|😆|😅",),
    "chain": (r"distribuie\w*|da mai departe|dati mai departe|trimite mai departe|(?:dubit|dub)a alba[^.\n]{0,80}(?:rapi|fur|organe|disparu)|(?:rapi|fur)\w*[^.\n]{0,80}(?:dubit|dub)a alba|atentie (?:fete|femei|doamnelor|tuturor)|ai castigat|click aici|felicitari",),  # noqa: E501
    "minor_sex_context": (r"hotel\w*|motel\w*|sexual\w*|goala|goale|dezbracat\w*|intim\w*|barbati? mai in varsta|s-a culcat cu|se culca cu",),  # noqa: E501
    "self_trafficked": (r"victim\w* (?:a |ale )?traficului|am fost traficat\w*",),
    "employment": (r"munc\w+|lucr\w+|sef\w*|patron\w*|angajator\w*|serviciu|job\w*",),
    "others_remain": (rf"(?:celelalte|ceilalti|celelalte fete|restul|alte fete|alti (?:oameni|muncitori)) {G2}(?:sunt inca|inca sunt|au ramas|raman|mai sunt|tot acolo|sunt tot)|mai (?:are|tine) (?:si )?(?:alte|alti)",  # noqa: E501
        r"(?:colegele|colegii|prietenele|prietenii|fetele|baietii|femeile|muncitorii|verisoarele|surorile) (?:mele|mei|noastre|nostri)?[^.\n]{0,60}?(?:sunt inca|inca sunt|au ramas|raman|mai sunt|sunt tot|tot acolo|inca acolo)",),  # noqa: E501
}
# fmt: on

NUMBERS = {
    "unu": 1, "doi": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "sase": 6, "sapte": 7,
    "opt": 8, "noua": 9, "zece": 10, "unsprezece": 11, "unspe": 11, "doisprezece": 12,
    "douasprezece": 12, "doispe": 12, "treisprezece": 13, "treispe": 13, "paisprezece": 14,
    "patrusprezece": 14, "paispe": 14, "cincisprezece": 15, "cincispe": 15, "cinspe": 15,
    "saisprezece": 16, "saispe": 16, "saptesprezece": 17, "saptispe": 17, "optsprezece": 18,
    "optispe": 18, "nouasprezece": 19, "nouaspe": 19, "douazeci": 20,
}  # fmt: skip
PERSON = r"(?:fata|fetele|fete|fetit\w*|fetiscan\w*|baiat\w*|baieti\w*|copil\w*|copii\w*|minor\w*|elev\w*|fiica|fiul|fiic\w*|nepo\w+|sora|fratele|frati\w*|veri\w+|pust\w+|adolescent\w*|tanar\w*|tiner\w*|vecin\w*|coleg\w*|unul|una|alta|altul)"  # noqa: E501
AGES = (
    r"\b(?:are|avea|am|aveam|ai|au|aveau|a implinit|implineste|face|a facut|abia are) (?:doar |numai |vreo |cam |abia |aproape |sub |maxim )?{N}(?:(?: sau | si |-|/| ){N})? (?:de )?ani(?:sori)?\b",  # noqa: E501
    rf"\b{PERSON}(?: mea| meu| lui| ei| lor)? de (?:doar |numai |vreo |cam |abia |aproape )?{{N}}(?:(?: sau | si |-|/| ){{N}})? (?:de )?ani(?:sori)?\b",  # noqa: E501
    rf"\b{PERSON}(?: \w+)?, {{N}} ani\b",
    r"\bin varsta de {N}\b|\bvarsta(?: de|:) {N}\b|\(\s*{N} ?ani\b",
    # an estimate: "pare să aibă 15 ani", "arată de vreo 14 ani"
    r"\b(?:pare|parea|par|pareau|arata|arat[ae]) (?:sa aiba |ca are |de )?(?:vreo |cam |maxim |abia )?{N}(?:(?: sau | si |-|/){N})? (?:de )?ani\b",  # noqa: E501
)
MINOR_WORDS = (
    r"bebelus\w*|copil mic|copii mici|un copil|o copila|niste copii",
    r"(?:o|un|e|este|sunt|era|niste|doua|doi|trei|cu|pe|ca) minor(?:a|i|e)?|sub (?:18|optsprezece) ani|(?:nu are|(?:and|n)-are) (?:inca )?(?:18|optsprezece) ani",  # noqa: E501
    r"clasa a (?:[5-9]|1[0-2]|v|vi|vii|viii|ix|x|xi|xii|cincea|sasea|saptea|opta|noua|zecea)(?:-a)?|(?:la|de) gimnaziu|eleva de liceu|elev de liceu|eleva|eleve",  # noqa: E501
)
HINTS = (
    "sunt", "ajutor", "ajutati", "acum", "aici", "vreau", "pentru", "nimeni", "foarte", "acasa",
    "banii", "daca", "unde", "rog", "mea", "imi", "seful", "lucrez", "muncesc", "cineva",
    "trebuie", "poate", "niciodata", "inchisa", "voi", "sunteti", "aveti", "cum", "fiu",
)  # fmt: skip

# Where someone could be sent: a street with its number, a national or county road with where
# along it, a named business, farm or boat with its town ("motelul Flamingo pe DN2 la Bacău").
_GEN = r"(?:de|din|la|pe|in|intr-un|intr-o|unde|care|ce|meu|mea|mei|mele|lui|ei|lor|nostru|noastra|asta|aia|ala|acela|aceea|acesta|aceasta|un|o|si|sau|cu|fara|mare|mic|mica|nou|noua|vechi|chinezesc|romanesc|italian\w*|turcesc|arab\w*|centru|oras|cartier|colt|sat|comuna|acolo|aici|azi|ieri|aseara|acum|e|este|sunt|are|nu|\d+\w*)"  # noqa: E501
_NAMEW = rf"(?!{_GEN}\b)[\w'&.-]+"
_TOWN = r"(?!(?:sunt|suntem|e|este|era|am|avem|au|are|lucrez|lucram|lucreaza|stau|stam|sta|oras|orasul|centru|centrul|cartier|colt|sat|satul|comuna|casa|acasa|strada|drum|munca|noapte|zi|seara|dimineata|ei|el|ea|noi|voi|mine|tine|mie|un|o|care|ce)\b)[\w'-]{3,}"  # noqa: E501
_STREET = r"(?:strada|str\.?|calea|bulevardul|bulevard|bd\.?|b-dul|soseaua|sos\.?|aleea|splaiul|piata|intrarea|drumul|ulita|via|rue|contrada|road)"  # noqa: E501
_BUSINESS = r"(?:spalatoria(?: auto)?|spalatorie auto|barul|bar|restaurantul|restaurant|cantina|motelul|motel|hotelul|hotel|pensiunea|salonul(?: de (?:masaj|unghii|infrumusetare))?|salon(?: de (?:masaj|unghii))?|brutaria|ferma(?: de (?:capsuni|legume|pui|porci|vaci))?|fabrica(?: de (?:confectii|mobila|paine))?|atelierul(?: de (?:croitorie|confectii))?|clubul|club|depozitul|santierul|nava|vasul(?: de pescuit)?|vaporul|stana|serele|sera|magazinul|pizzeria|shaormeria|cafeneaua|discoteca|car wash|hand car wash|complexul|abatorul|azilul)"  # noqa: E501
_NAME = rf"[\"'«»“” ]*(?:la )?{_NAMEW}(?: (?:de |si |& )?{_NAMEW}){{0,3}}?[\"'«»“” ]*"
_SEP = r"(?:,? (?:din|de pe|de la|pe|la|langa|de langa|in|la iesirea din|la intrarea in|aproape de) |, )"
PLACES = (
    # "strada Republicii nr. 45", "str. Gării 3", "Calea Giulești 80", "Rue d'Aerschot, la nr 40"
    rf"{_STREET} (?:lui )?{_NAMEW}(?: [\w'.-]+){{0,3}}?,? (?:nr\.? ?|numarul |numar )?\d{{1,4}}[a-z]?\b(?! (?:de )?(?:ani|luni|zile|ore|lei|euro|oameni|femei|barbati|fete|km))",  # noqa: E501
    rf"{_STREET} [\w'.-]+[^.\n]{{0,40}}\bnr\.? ?\d{{1,4}}",
    # "strada Republicii din Sibiu", "contrada Bosco Piano, Vittoria"
    rf"{_STREET} (?:lui )?{_NAMEW}(?: [\w'.-]+){{0,3}}?(?:,| din| in) {_TOWN}",
    # "blocul 23, scara B"
    r"\bbl(?:oc|ocul|\.)? ?\w{1,4},? (?:sc(?:ara|\.)?|ap(?:artament(?:ul)?|\.)?) ?\w{1,3}\b",
    # "pe DN7 lângă Deva", "pe DJ 106B, între Săliște și Tilișca", "pe A49"
    rf"\b(?:dn|dj|dc|e|a|m)[- ]?\d{{1,3}}[a-z]?\b,? (?:km ?\d+ )?(?:la|langa|intre|spre|in|din|la iesirea din|la intrarea in|dupa|inainte de|aproape de) {_TOWN}",  # noqa: E501
    r"(?:pe|de pe) (?:dn|dj|a|e)[- ]?\d{1,3}[a-z]?\b",
    # "restaurantul Il Gabbiano din Rimini", "ferma de căpșuni Berry Fields lângă Hereford"
    rf"{_BUSINESS}(?:-\w+)? {_NAME}{_SEP}(?:portul )?{_TOWN}",
    # "car wash-ul de pe Leyton High Road, Londra"
    rf"{_BUSINESS}(?:-\w+)? (?:de pe|pe) (?:strada |str\. |calea |bulevardul )?{_NAMEW}(?: [\w'.-]+){{0,3}}?, {_TOWN}",  # noqa: E501
    # a farm on a named road: "ferma de lângă Almeria, pe drumul spre Níjar"
    rf"(?:ferma|sera|serele|stana|plantatia|livada|santierul)\b[^.\n]{{0,60}}(?:pe drumul|pe soseaua|pe dn\w*|pe dj\w*) (?:spre|catre|de la|dinspre|la) {_TOWN}",  # noqa: E501
    # "pe drumul dintre Balaci și Ciolănești"
    rf"(?:drumul|soseaua|drum|sosea|dn\w*|dj\w*) (?:[\w'.-]+ )?(?:dintre|intre) {_TOWN} si {_TOWN}",
    # "lucrez la un hotel în Mamaia, Hotel Perla Mării"
    rf"(?:in|din|la) {_TOWN}, {_BUSINESS} {_NAMEW}",
    # a named boat in a named port: "vasul Delfinul în portul Mangalia"
    rf"(?:in|din|la) portul {_TOWN}",
)

# Words the English and Spanish tables read as something else: "mine" (me) is no mine,
# "Nina", "Nino" are names, not Spanish children.
SMS_WORDS = {"mine": "mie", "nina": "nyna", "nino": "nyno"}

LANGUAGE = Language(
    code="ro",
    name="Romanian",
    native_name="Română",
    script="latin",
    lingua="ROMANIAN",
    danger=DANGER,
    harm=HARM,
    imminent=IMMINENT,
    safe=SAFE,
    negation=(NEGATION,),
    hedge=(HEDGE,),
    hypothetical=(HYPOTHETICAL,),
    own_situation=(r"eu|meu|mea|mei|mele|nostru|noastra|nostri|noastre|mi|ma|mie|m-\w+|mi-\w+",),
    indicators=INDICATORS,
    cues=CUES,
    numbers=NUMBERS,
    ages=AGES,
    minor_words=MINOR_WORDS,
    hints=HINTS,
    places=PLACES,
    sms_words=SMS_WORDS,
    keywords={
        "stop": ("stop", "opreste", "dezabonare", "anulare"),
        "help": ("ajutor", "info"),
        "start": ("start", "pornire", "incepe"),
    },
    examples={
        "cry_for_help": (
            "ajutor!",
            "va rog ajutati-ma, seful ma bate acum si nu ma lasa sa plec",
            "Salvați-mă vă rog, m-au închis într-o cameră și au un cuțit, veniți repede",
        ),
        "locked_in": (
            "sunt inchisa in camera de doua zile, nu pot sa ies, chemati politia",
            "Ne țin încuiate în apartament, ușa e cu lacăt pe dinafară, ajutați-ne",
        ),
        "minor": (
            "fata are 15 ani si o pun sa stea pe centura in fiecare seara",
            "Nepoata mea de 14 ani lucrează la cules de căpșuni în Spania și nu mai merge la școală",
        ),
        "negated_danger": (
            "nu sunt in pericol acum, dar fostul patron inca are pasaportul meu",
            "Nimeni nu este în pericol, voiam doar să întreb cum pot raporta un salon de masaj",
        ),
        "commercial_sex": (
            "proxenetul ii ia toti banii si o obliga sa se prostitueze in fiecare noapte",
            "La salonul de masaj fetele trebuie să meargă cu clienții, iar patronul le ține pașapoartele",  # noqa: E501
        ),
        "labor": (
            "Patronul ne-a luat pașapoartele și nu ne plătește de patru luni pe șantier",
            "lucrez la o ferma in Italia, seful mi-a luat buletinul si nu mi-a dat banii de 3 luni",
        ),
    },
)
