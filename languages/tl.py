"""Tagalog (Filipino) as texted: danger, minors, the core indicators and the kind of exploitation.

Patterns match folded text, lower case. People text in Taglish with shortcuts: "aq"/"aku"
(ako), "d2" (dito), "nmn" (naman), "lng" (lang), "nyo"/"niyo" (ninyo), "di"/"hnd" (hindi).
The SMS rewrites meant for English and Spanish reach these patterns too: "pa" arrives as
"para", "d" as "de", "q" as "que", so patterns allow those forms. English words are en.py's.
Cebuano (Bisaya) cries and verbs that many Filipinos text in ("tabangi ko", "gi-lock",
"gibunalan") are read here too.
"""

from __future__ import annotations

from datetime import date

from languages.base import Language

# Birth years of someone under 18 today ("ipinanganak noong 2010", "born 2011").
_YEAR = date.today().year
BORN_MINOR = "(?:" + "|".join(str(y) for y in range(_YEAR - 17, _YEAR - 3)) + ")"

ME = r"(?:ako|aq|aku|akoh|kami|kmi|kme|tayo)"  # I, we
WHO = r"(?:ako|aq|aku|akoh|kami|kmi|kme|tayo|siya|sya|xa|cia|sila|cla|sla)"  # people at risk
YOU = r"(?:nyo|niyo|ninyo|nio|nyu|mo)"  # you (doing it for me)
NG = r"(?:hindi|hinde|di|de|hnd|hndi|ndi|indi)"  # not ("d" arrives as "de")
PA = r"(?:pa|para)"  # "pa" arrives as "para"
G2 = r"(?:\w+ ){0,2}"
G3 = r"(?:\w+ ){0,3}"
G4 = r"(?:\w+ ){0,4}"
NOT_MINE = r"(?! (?:ko|q|que|namin|naming|kong) )"  # "kinuha ko ang passport ko" is not taking it
BOSS = r"(?:amo|employer|kompanya|kumpanya|company|kapitan|foreman|may-?ari|mama ?san|agency|ahensya|ahensiya|boss|kanila|kaniya|kanya|nila|niya|nya|sir|madam|maam|manager|recruiter|agent|ahente|bugaw)"  # noqa: E501
DOCS = r"(?:passports?|pasaporte|papeles|mga papel|dokumento|mga dokumento|visa|iqama|work permit|id|valid id|kontrata|oec|residence card|emirates id|seaman'?s book|birth certificate)"  # noqa: E501
PEOPLE = rf"(?:{WHO}|(?:ang |yung |ung )?(?:mga )?(?:babae|bata|batang \w+|trabahador|kasama ko|pinsan ko|kapatid ko|anak ko))"  # noqa: E501
TIME = r"(?:mamaya|mamayang (?:gabi|madaling araw)|ngayong gabi|ngayon na|ngayon|bukas|bukas ng umaga|sa loob ng (?:isang|dalawang|\d+) oras)"  # noqa: E501
TAKE = r"(?:ikukulong|kukulungin|itatapon|ililipat|ibebenta|ibibenta|ibabyahe|ibibiyahe|dadalhin|isasakay|ipapadala|ilalabas|kukunin)"
LOCK = r"(?:nakakulong|ikinulong|kinulong|kinukulong|ikinukulong|nakakandado|kinandado|nakakadena|kinadena|ikinadena|nakagapos|ginapos|iginapos|naka-?lock|nilock|ni-?lock|gi-?lock|gikulong|gisirado|gitrangkahan)"  # noqa: E501
# Not a jail, not in the past, not a parent grounding a child or a door locked on the keys.
NOT_JAIL = r"(?! (?:\w+ ){0,4}(?:presinto|kulungan|bilangguan|jail|selda|munisipyo|dati|noon|noong|tuwing|gabi-gabi|susi|keys?|ni (?:mama|mommy|mami|nanay|inay|papa|daddy|tatay|itay|lola|lolo)|ng (?:mama|papa|nanay|tatay) ko))"  # noqa: E501
PAY = r"(?:binabayaran|binayaran|pinapasahod|pinasahod|pinapasweldo|pinasweldo|pinapasuweldo|sinasahuran|sinahuran|sinusuwelduhan|sinuswelduhan|sinusweldohan|sumasahod|sumusweldo|sumusuweldo|nakakasahod|nakakasweldo|nagpapasahod|nagpapasweldo|nagpasahod|nagpasweldo|nasusweldo|nasasahuran|nababayaran|nabayaran|(?:nakakatanggap|natatanggap|ibinibigay|binibigay) (?:ng |ang |yung )?(?:sahod|sweldo|suweldo))"  # noqa: E501

# fmt: off
# "di ako nakakulong": a pattern never starts right after "di" (or "d", read as "de").
NOT_DI = r"(?<!\bdi )(?<!\bde )"


def _d(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """Patterns that do not start right after the negation "di"."""
    return tuple(p if p.startswith("^") else NOT_DI + p for p in patterns)


INDICATORS: dict[str, tuple[str, ...]] = {
    "confinement": (
        rf"{LOCK}(?! (?:ko|namin|q)\b){NOT_JAIL}",
        # "hindi na kami nakakulong": no longer, so it was.
        rf"(?:hindi|di) na (?:ako|kami|sila|siya|sya|aq|kmi) {LOCK}",
        r"(?:nakatali|tinali|itinali|nakagapos) (?:\w+ ){0,3}(?:sa|ng) (?:poste|puno|kama|upuan|loob|kubo|bakod|kadena|kwarto|kuwarto)",
        rf"(?:ikukulong|kukulungin|ikakandado) (?:\w+ ){{0,3}}(?:{WHO}|kami|ako)",
        r"(?:sa loob|nasa loob) (?:\w+ )?(?:kami|ako|sila) (?:ng|sa) (?:container|van|trak|truck|bodega|basement)",
        rf"(?:tinali|itinali|nakatali) {G2}(?:{WHO}|kamay|paa|ang mga|yung mga)",
        rf"{NG} {G2}(?:makalabas|makatakas|maka-?labas|maka-?takas)",
        r"(?:kinidnap|dinukot|binihag|bihag)",
    ),
    "restricted_movement": (
        r"bawal (?:\w+ )?(?:bumaba|lumapag|mag-?shore|umuwi)",
        r"ayaw (?:\w+ ){0,3}(?:pababain|ibaba|ibalik|pakawalan|palayain|payagang)",
        rf"{NG} (?:pa |na )?{G2}(?:nakakauwi|nakakalabas|nakakaalis|nakakababa|pinababa|pinapababa|pinapalabas)",
        r"bawal (?:\w+ )?(?:lumabas|umalis|umuwi|mag-?day ?off|lumayas)",
        rf"{NG} {G2}(?:pinapayagan|pinayagan|pinapalabas|pinalabas|pinauuwi|pinapauwi|pinauwi|pinapaalis|pinaalis)\w*",  # noqa: E501
        rf"{NG} {G2}(?:makaalis|makauwi|makalayas|maka-?alis|maka-?uwi|pwedeng (?:lumabas|umalis|umuwi)|puwedeng (?:lumabas|umalis|umuwi))",  # noqa: E501
        r"ayaw (?:\w+ ){0,3}(?:palabasin|paalisin|pauwiin|payagan)",
        rf"(?:lagi|palagi|laging) {G2}(?:binabantayan|bantay)",
        rf"binabantayan {G2}{WHO}",
        r"may bantay (?:sa )?(?:labas|pinto|gate|24 oras)",
    ),
    "signs_of_abuse": (
        r"(?:nabalian|binalian|binali) (?:ng |ang )?(?:braso|buto|binti|tadyang|kamay|paa|ilong)",
        r"(?:sinaksak|binaril|tinaga|hiniwa|pinlantsa|pinaso ng plantsa)",
        r"(?:hindi|di) na (?:ako|kami|siya|sya|sila) (?:\w+ )?(?:sinasaktan|binubugbog|sinusuntok|sinasampal|pinapalo|minamaltrato|inaabuso)",
        r"(?:gibunalan|gibunal|gikulata|gisagpa|gisumbag|gipatid|gisipa)",
        r"(?:binugbog|binubugbog|bugbog|bugbog-?sarado|sinaktan|sinasaktan|sinampal|sinasampal|sinuntok|sinusuntok|sinipa|sinisipa|tinadyakan|tinatadyakan|pinalo|pinapalo|pinagpapalo|hinampas|hinahampas|pinaso|pinapaso|kinuryente|tinortyur|tinotortyur|minaltrato|minamaltrato|inabuso|inaabuso|pinahirapan|pinapahirapan|sinabunutan|sinasabunutan|sinakal|sinasakal)",  # noqa: E501
        r"(?:may|puro|mga|maraming|puno ng) (?:pasa|galos|sugat)",
        r"(?:pasa|sugat|paso) sa (?:mukha|braso|katawan|binti|leeg|likod|mata)",
    ),
    "weapon": (r"(?:baril|binaril|kutsilyo|itak|gulok|patalim|balisong|armas|sandata|de-?kalibre|kalibre|sumpak|lanseta|sundang)",),  # noqa: E501
    "threats_of_violence": (
        rf"(?:nagbabanta|nagbanta|binantaan|binabantaan|pinagbantaan|tinatakot|tinakot|nananakot) {G4}(?:na )?(?:itatapon|ihahagis|lulunurin|ibabaon|ikukulong|ipapakulong|papatayin|sasaktan|bubugbugin|ibebenta)",  # noqa: E501
        rf"(?:itatapon|ihahagis|lulunurin) (?:\w+ )?(?:{WHO}|kayo) (?:sa )?(?:dagat|ilog|laot)",
        rf"(?:babanta|binantaan|pinagbantaan|binabantaan|pinagbabantaan|tinakot|tinatakot|nananakot|banta) {G4}(?:papatayin|patayin|sasaktan|saktan|bubugbugin|babarilin|pamilya|anak|magulang|ipapapatay)",  # noqa: E501
        rf"(?:papatayin|sasaktan|bubugbugin|babarilin|sasaksakin|gagantihan|ipapapatay) {G3}(?:{WHO}|pamilya|anak|magulang|kayo)",  # noqa: E501
        r"(?:akong|kaming|siyang|syang) (?:\w+ )?(?:patayin|saktan|bugbugin|barilin)",
        rf"(?:binantaan|tinatakot|tinakot|pinagbantaan) {G2}{WHO}(?! {G4}(?:deport|immigration|pulis|ipapahuli|picture|video|litrato))",  # noqa: E501
    ),
    "threats_of_deportation": (
        r"(?:ipapa-?deport|ipa-?deport|ide-?deport|idedeport|mapapa-?deport|ma-?deport)",
        rf"(?:isusumbong|ipapahuli|ipahuhuli|ipapakulong|ipakukulong|isusuplong|irereport|ire-?report) {G3}(?:sa )?(?:immigration|imigrasyon|pulis|police|ice|awtoridad)",  # noqa: E501
    ),
    "threats_of_exposure": (
        rf"(?:ikakalat|ipapakalat|ipopost|ipo-?post|ise-?send|isesend|ipapakita) {G3}(?:sa )?(?:pamilya|facebook|fb|online|social media|magulang|asawa)",  # noqa: E501
        rf"(?:ikakalat|ipapakalat|ipagkakalat|ipopost|ipo-?post|ia-?upload|iuupload|ise-?send|isesend|ipapakita) {G3}(?:litrato|pictures?|pics?|videos?|larawan|hubad|scandal|nudes)",),  # noqa: E501
    "confiscated_documents": (
        rf"(?:na|ang|yung|ung) (?:kumuha|kumukuha|nagtago|humawak|may hawak) (?:ng |sa )?(?:mga )?{DOCS}",
        rf"(?:kumuha|kumukuha) ng (?:mga )?{DOCS} (?:ko|namin|nila|niya|nya)",
        rf"(?:kinuha|kinukuha|kinumpiska|kinokumpiska|tinago|itinago|tinatago|itinatago|hawak|hinahawakan|hinawakan|binawi|kinupkop){NOT_MINE} {G4}{DOCS}",  # noqa: E501
        rf"(?:ayaw|{NG}) {G2}(?:ibalik|ibigay|ibinabalik|binabalik|ibinibigay|binibigay|isauli|isinasauli|ibinalik|binalik|ibinigay|binigay) {G3}{DOCS}",  # noqa: E501
        rf"nasa (?:\w+ )?{BOSS} {G3}{DOCS}",
        rf"{DOCS} {G3}(?:ay )?(?:nasa|hawak ng|kinuha ng|tinago ng|kinumpiska ng) (?:\w+ )?{BOSS}",
    ),
    "debt_bondage": (
        rf"utang {G4}(?:na )?{NG} (?:na )?(?:mabayaran|matapos|maubos|nababayaran|mabayaran-?bayaran)",
        r"(?:pinagbabayad|pinapabayad|pinabayad|sinisingil|siningil|babayaran|magbayad)\b[^.\n]{0,40}?\butang",
        r"(?:bilang|para sa|pambayad sa|kaltas sa|pambayad ng) \W?utang",
        r"may utang (?:pa )?(?:siya|sya|siyang|syang|ako|akong|kami|kaming|sila|silang) (?:na )?(?:\w+ )?(?:\d[\d,.]*k?|php|sgd|usd|\$|p\d)",
        r"(?:di|hindi) (?:\w+ )?(?:makatanggi|makaalis|makauwi|makaayaw|umalis) (?:\w+ ){0,2}(?:kasi|dahil|kaya) (?:\w+ )?may utang",
        r"utang (?:\w+ ){0,6}kaya (?:\w+ ){0,2}(?:di|hindi) (?:\w+ )?(?:makaalis|makauwi|makatanggi)",
        r"(?:pag|kapag|kung) (?:\w+ ){0,2}(?:nag-?resign|umalis|umuwi|mag-?resign|aalis|nag-?quit|tumakas|lumipat) (?:\w+ ){0,3}(?:magbabayad|babayaran|multa|penalty|pagbabayarin|sisingilin)",  # noqa: E501
        r"(?:hangga't|hanggat|hanggang) (?:\w+ )?(?:di|hindi) (?:pa )?(?:\w+ )?(?:bayad|nababayaran|mabayaran|nabayaran)",
        r"(?:kinakaltas|kaltas|ibinabawas|binabawas)\w*[^.\n]{0,40}?(?:placement|utang|fee)",
        rf"may utang {G3}(?:sa|kay) (?:\w+ )?{BOSS}",
        rf"utang (?:ko|namin|nila|niya|nya) (?:sa|kay) (?:\w+ )?{BOSS}",
        rf"(?:bayaran|babayaran|binabayaran|pambayad|magbayad|nagbabayad|ibabawas|kinakaltas|pinagbabayad) {G3}(?:ang |ng |sa |yung )?utang(?! na loob)",  # noqa: E501
        rf"utang {G3}(?:lumalaki|palaki|hindi matapos|di matapos|hindi mabayaran|di mabayaran|tumataas|nadadagdagan|hindi nauubos)",  # noqa: E501
        r"(?:kinakaltas|kinaltas|ibinabawas|binabawas|kaltas)\w* (?:\w+ ){0,5}(?:utang|placement|fee|pagkain|tirahan|upa|pamasahe|ticket|tiket|kwarto|kuwarto)",  # noqa: E501
        rf"(?:sinisingil|siningil|pinagbabayad|pinapabayad|pinabayad) {G3}(?:sa |ng |ang )?(?:pagkain|tirahan|upa|pamasahe|ticket|tiket|kwarto|kuwarto|uniporme|placement)",  # noqa: E501
    ),
    "unpaid_wages": (
        r"wala (?:pa |pa ring |pang |parin |na |pa rin )?(?:\w+ )?(?:sahod|sweldo|suweldo|natatanggap|pasahod)",
        rf"(?:kinukuha|kinuha|kinakaltas|tinatago|hinahawakan|hawak|kumukuha){NOT_MINE} (?:\w+ ){{0,6}}(?:lahat ng |buong |kalahati ng |parte ng )?(?:sahod|sweldo|suweldo)",  # noqa: E501
        r"(?:pinapasa|ibinibigay|binibigay|napupunta|pinapadala) (?:ang |yung )?(?:sahod|sweldo) (?:nila |namin |niya |nya )?sa (?:mga )?(?:magulang|amo|agency|recruiter)",  # noqa: E501
        rf"{NG} {G3}{PAY}(?! {G2}(?:overtime|ot|on time))",
        r"walang (?:\w+ )?(?:sahod|sweldo|suweldo|pasahod|pasweldo|natatanggap)",
        rf"(?:nagtatrabaho|nagtrabaho|pinagtatrabaho|trabaho|magtrabaho|nagsisilbi) {G4}(?:nang |ng )?(?:libre|walang bayad|walang sahod|walang sweldo)",  # noqa: E501
        rf"(?:kinukuha|kinuha|kinakaltas|tinatago|hinahawakan|hawak){NOT_MINE} {G3}(?:lahat ng |buong )?(?:sahod|sweldo|suweldo)",  # noqa: E501
    ),
    "controlled_by_third_party": (
        rf"(?:kumukuha|nangunguha|kinukuha|kinakamkam|hawak|humahawak){NOT_MINE} (?:\w+ ){{0,3}}(?:ng |ang )?(?:lahat ng |kalahati ng )?(?:kita|kinikita|pera|bayad|tip|tips)(?! (?:ko|namin))",  # noqa: E501
        r"(?:lalaki|tao|bantay|bugaw|nagbabantay)(?:ng)? (?:\w+ ){0,3}(?:naniningil|sumisingil)",
        r"(?:nag-?aayos|nagaayos|nag-?schedule|nagsschedule|nagse-?schedule|humahawak|nagbu-?book|nagbobook|nagbook) (?:\w+ ){0,2}(?:ng |ang )?(?:booking|bookings|schedule|customer|kliyente)",  # noqa: E501
        r"i-?schedule (?:\w+ )?(?:siya|sya|sila|ako) sa (?:mga )?(?:customer|kliyente|lalaki)",
        r"(?:nagbebenta|binebenta|ibinebenta|nagbenta) (?:ng |ang )?\W?(?:girls?|babae|chicks?|mga babae)\W?",
        r"(?:iisa|iisang tao) (?:lang )?(?:ang )?(?:may hawak|humahawak|nagpapatakbo)|iisang number",
        r"(?:ibebenta|ibinenta|binenta|ipinagbili|ibinibenta|ipagbibili) (?:\w+ ){0,3}sa (?:ibang )?(?:amo|employer|agency|lalaki)",
        r"pinapa-?(?:extra|table|labas|sama) (?:\w+ ){0,3}ng (?:management|manager|may-?ari|amo|mamasan|mama san|bugaw|boss)",
        r"(?:pinipilit|pinilit) (?:\w+ ){0,3}(?:mag-?customer|magpa-?customer|sumiping|mag-?extra)",
        r"(?:tinotrabaho|ibinubugaw|pinapasama|ipinapagamit) (?:\w+ ){0,5}sa (?:mga )?(?:lalaki|customer|kostumer)",
        r"(?:ginamit|ginagamit|pinagkakakitaan|pinagkakitaan) (?:\w+ ){0,4}(?:sa )?(?:webcam|cam|camera|online|video call|live)",
        r"(?:binabar ?fine|bar ?fine|binabayaran (?:ng \w+ )?(?:yung |ang )?bar para)",
        r"(?:bugaw|ibinubugaw|binubugaw|nagbubugaw|ibinugaw|binugaw|ibugaw|mamasan|papasan)",
        rf"(?:pinipilit|pinilit|sapilitang|pinapipilit|pinagagawa|pinapagawa) {G4}(?:sumama|makipagtalik|makipag-?sex|mag-?table|magpa-?table|mag-?show|magsayaw|maghubad|mag-?cyber|magtrabaho|mag-?trabaho)",  # noqa: E501
        r"(?:binebenta|ibinebenta|ibinenta|binenta|ipinagbibili|ipinagbili|ibebenta) (?:\w+ ){0,6}(?:sa )?(?:mga )?(?:lalaki|customer|kostumer|parokyano|foreigner|dayuhan|kano|matanda)",  # noqa: E501
        rf"(?:kinukuha|kinuha|kinakamkam|hinahawakan|hawak){NOT_MINE} {G3}(?:lahat ng |buong |kalahati ng )?(?:kita|kinikita|tip|tips)",  # noqa: E501
    ),
    "sexual_violence": (
        r"(?:ginahasa|ginagahasa|gagahasain|hinalay|hinahalay|nirape|ni-?rape|nire-?rape|rinape|minolestya|minomolestya|hinipuan|hinihipuan|pinagsamantalahan|pinagsasamantalahan)",  # noqa: E501
        rf"ginalaw (?:\w+ )?(?:ako|aq|siya|sya|kami|ng {BOSS})",
        rf"(?:pinilit|pinipilit) {G3}(?:makipagtalik|makipag-?sex|sumiping)",
    ),
    "recruitment_fraud": (
        r"iba (?:pala |na )?(?:ang |yung )?(?:trabaho|pinagawa|ipinagawa|work|kontrata)",
        r"akala (?:ko|namin|nila|niya|nya) (?:\w+ ){0,6}(?:trabaho|magtatrabaho|waitress|yaya|restaurant|factory|pabrika|tindahan|saleslady|nurse) (?:\w+ ){0,3}(?:pero|yun pala|tapos)",  # noqa: E501
        r"(?:na-?recruit|nirecruit|nag-?apply|inalok|in-?offer|pinangakuan)\b[^.\n]{0,60}(?:yun pala|iyon pala|un pala|pero pagdating)",
        r"pinangakuan (?:\w+ ){0,6}(?:pero|tapos|pagdating|yun pala)",
        r"(?:pinapapirma|pinapirma|pinipirma|pinapirmahan) (?:\w+ ){0,3}(?:blangkong|blanko|blank|ibang|bagong) (?:papel|kontrata|contract)",
        r"(?:pinangakuan|ipinangako|pinangako|nangako|pangako) (?:\w+ ){0,6}(?:trabaho|sahod|sweldo|suweldo|work|visa|waitress|yaya|katulong|saleslady|pabrika)",  # noqa: E501
        rf"(?:niloko|naloko|nilinlang|nalinlang|inuto|na-?scam|naiscam|nascam|niscam) {G3}(?:ng |sa )?(?:agency|ahensya|ahensiya|recruiter|agent|ahente)",  # noqa: E501
        r"(?:illegal recruit\w*|pekeng (?:agency|ahensya|recruiter|trabaho|job|visa))",
        r"iba (?:pala )?(?:ang|yung) (?:trabaho|pinagawa|ipinagawa|work)",
        r"(?:sabi|sinabi) (?:\w+ ){0,6}(?:trabaho|waitress|yaya|katulong|entertainer|saleslady|pabrika|restaurant) (?:\w+ ){0,6}(?:pero|yun pala)",  # noqa: E501
    ),
    "isolation": (
        rf"(?:kinuha|kinumpiska|tinago|itinago|hawak|binawi|kinukuha|sinira){NOT_MINE} {G3}(?:cellphone|cp|phone|selpon|telepono|fone|celfone)",  # noqa: E501
        rf"(?:bawal|{NG}) {G2}(?:makatawag|makausap|mag-?text|mag-?cellphone|gumamit ng (?:cellphone|phone|cp)|makipag-?usap|makipag-?ugnayan|makontak|kumontak)",  # noqa: E501
        r"walang (?:\w+ )?(?:komunikasyon|contact|kontak) sa (?:pamilya|labas)",
    ),
    "forced_criminality": (
        r"(?:pinapa-?online scam|pinapascam|pinapa-?scam|pinag-?scam|pinagsscam|pinagsa-?scam)",
        rf"(?:pinipilit|pinilit|inuutusan|inutusan|pinapagawa|pinagagawa|sapilitang) {G4}(?:scam|mang-?scam|mag-?scam|manloko|magnakaw|mandukot|magtulak|magbenta ng (?:droga|shabu|damo|marijuana)|magdala ng (?:droga|shabu))",  # noqa: E501
        r"(?:scam hub|scam compound|love scam|crypto scam|drug mule|pinagtutulak)",
        r"(?:pinagbebenta|pinapabenta|pinapagbenta|pinagtutulak|pinapatulak|pinapadala) (?:\w+ ){0,3}(?:ng )?(?:droga|shabu|damo|marijuana)",  # noqa: E501
    ),
    "deprivation": (
        r"wala (?:kaming|akong|silang|siyang|syang) (?:\w+ )?(?:makain|pagkain|tubig|tulog|gamot)",
        r"ayaw (?:\w+ ){0,2}(?:tumawag ng|magtawag ng) (?:ambulansya|ambulance|doktor)",
        rf"{NG} {G2}(?:pinapakain|pinakain|nakakakain|makakain|nakakatulog|makatulog|pinapatulog|pinagpapahinga|makapagpahinga|nakakapagpahinga|pinapainom|binibigyan ng (?:pagkain|tubig|gamot)|pinapagamot|dinadala sa (?:ospital|doktor))",  # noqa: E501
        r"walang (?:\w+ )?(?:pagkain|makain|makakain|tulog|pahinga|gamot|tubig)",
        r"(?:ginugutom|pinagugutom|gutom na gutom|isang beses (?:lang )?(?:kumain|kain|pinapakain)|tirang pagkain|tira-?tira)",  # noqa: E501
        r"ayaw (?:\w+ ){0,2}(?:ipagamot|dalhin sa (?:ospital|doktor)|patingnan sa doktor)",
    ),
    "child_labor": (
        rf"(?:batang|mga bata) {G3}(?:nagtatrabaho|pinagtatrabaho|pinapatrabaho|nagbebenta|pinagbebenta|namamalimos|pinapalimos|nagtitinda|pinagtitinda|naglilinis)",  # noqa: E501
        rf"(?:bata|batang (?:babae|lalaki)|menor de edad|paslit) {G3}(?:nagtatrabaho|pinagtatrabaho|pinapatrabaho|nagbebenta|pinagbebenta|namamalimos|pinapalimos|nagtitinda|pinagtitinda|naglilinis)",  # noqa: E501
        rf"(?:tumigil|huminto|hindi na pumapasok|di na pumapasok|pinatigil) {G3}(?:sa )?(?:pag-?aaral|eskwela|eskwelahan|school|paaralan) {G4}(?:para )?(?:magtrabaho|mag-?trabaho|trabaho)",  # noqa: E501
    ),
    "lives_at_workplace": (
        # Not a job ad or a worker who says she is free to go ("stay-in, may day off, 8k").
        r"stay-?in(?![^.\n]{0,50}?(?:pwede naman|pwede (?:po )?lumabas|may day ?off|per month|\d+k\b))",
        rf"(?:natutulog|tumitira|nakatira|matulog) {G2}(?:sa )?(?:loob ng |likod ng )?(?:bodega|pabrika|factory|restawran|restaurant|bar|club|tindahan|bangka|barko|trabaho|pinagtatrabahuhan|salon|spa|kusina)",  # noqa: E501
    ),
    "excessive_hours": (
        r"24/7|araw at gabi|gabi at araw",
        r"(?:walang|wala) (?:\w+ )?(?:day ?off|dayoff|rest day)",
        r"(?:1[2-9]|2[0-4]) (?:na )?oras",
        r"(?:umaga|alas-?\w+) (?:\w+ )?(?:hanggang|hangang|gang) (?:hatinggabi|madaling araw|gabi|alas-?dose)",
        r"(?:pitong|7) araw (?:sa isang|kada|bawat) linggo",
    ),
    "quota": (
        r"(?:di|hindi) (?:ko |namin |nila |niya |nya )?(?:naabot|naaabot|maabot|na-?abot) (?:ang |yung )?(?:quota|kota|target)",
        r"(?:quota|kota)(?! kinabalu)",
        rf"(?:kapag|pag|kung) {G2}{NG} {G2}(?:naabot|umabot|maabot|nakabenta|makabenta|kumita|nakakuha) {G4}(?:sasaktan|bubugbugin|paparusahan|multa|mumultahan|sinasaktan|binubugbog|kaltas)",  # noqa: E501
    ),
    "high_buyer_traffic": (
        r"(?:maraming|madaming|daming|ang daming|iba-?ibang) (?:\w+ )?(?:lalaking|lalaki) (?:\w+ ){0,3}(?:pumupunta|dumadating|dumarating|labas-?pasok|pumapasok|bumibisita)",  # noqa: E501
        r"(?:maraming|madaming|daming|iba-?ibang|ibat ibang|sunod-?sunod na) (?:\w+ )?(?:lalaki|customer|kostumer|parokyano|foreigner|dayuhan|kano|bisita) (?:\w+ ){0,3}(?:pumupunta|dumadating|dumarating|labas-?pasok|pumapasok|gabi-?gabi|araw-?araw|bumibisita)",  # noqa: E501
        r"labas-?pasok (?:\w+ ){0,2}(?:lalaki|customer|kostumer)",
    ),
    "online_recruitment": (
        r"(?:na-?recruit|ni-?recruit|nirecruit|nakilala|inalok|in-?offer) (?:daw |lang )?(?:\w+ )?(?:online|sa internet|thru fb|sa fb|sa facebook)",
        rf"(?:nakilala|na-?recruit|ni-?recruit|nirecruit|kinontak|nag-?message|nakausap|inalok|in-?offer|inoffer|nag-?apply) {G4}(?:sa|thru|through|via) (?:facebook|fb|messenger|tiktok|telegram|whatsapp|online|internet|instagram|ig|wechat|viber|group chat|gc)",),  # noqa: E501
    "medical_emergency": (
        r"(?:nabalian|nabali) (?:ng |ang )?(?:braso|buto|binti|tadyang|leeg|paa)",
        r"(?:grabe|sobrang|ang daming|maraming) (?:yung |ang )?dugo",
        r"hilong-?hilo",
        r"(?:walang malay|nahimatay|hinimatay|duguan|dumudugo|nag-?aagaw ?buhay|naghihingalo|nag-?overdose|kinukumbulsyon|malubha)",  # noqa: E501
        rf"{NG} (?:na )?(?:humihinga|makahinga|gumagalaw|nagigising|magising)",
        r"bali (?:ang )?(?:buto|braso|binti|tadyang|paa|kamay)",
    ),
    "fearful_submissive": (
        r"takot (?:na )?(?:magsalita|magsumbong|magreklamo)",
        r"(?:natatakot|takot na takot|takot (?:ako|kami|sila|siya|sya|na)|nanginginig sa takot)",),  # noqa: E501
    "poor_living_conditions": (
        r"(?:natutulog|tulog|matulog|nakahiga) (?:\w+ ){0,2}sa (?:sahig|semento|karton)",
        r"siksikan",
    ),
    "remote_sexual_acts": (
        r"(?:nagpe-?perform|nagpeperform|mag-?perform) (?:\w+ )?(?:online|sa cam|sa camera|live)",
        r"(?:cyber ?sex|cyber den|pinapa-?show|mag-?show sa (?:cam|camera|webcam)|show sa (?:cam|camera|webcam))",
        rf"(?:pinapahubad|pinaghuhubad|hubad|naghuhubad) {G3}(?:sa )?(?:cam|camera|webcam|video call|vc|live)",
    ),
    "self_report": (
        r"(?:gusto|gustong|gusto ko|gusto na|gusto naming) (?:\w+ )?(?:umuwi|tumakas|makatakas|makaalis|makalabas|umalis)",  # noqa: E501
        r"kailangan (?:ko|namin|nmin) (?:po )?(?:ng )?tulong",
    ),
    "branding_tattoo": (
        r"(?:may |nilagyan ng |pina-?|pinilit (?:na )?)tattoo (?:\w+ ){0,4}(?:sa )?(?:leeg|braso|likod|kamay|dibdib|katawan|pulso|mukha)",
        r"tattoo (?:na )?ng \W?\w+\W? sa (?:leeg|braso|likod|kamay|dibdib)",
    ),
    "transported_to_work": (
        r"(?:hinahatid-?sundo|hatid-?sundo|sinusundo at hinahatid) (?:\w+ ){0,2}(?:ng )?(?:van|sasakyan|kotse)",
    ),
    "high_security_premises": (
        r"may bantay (?:\w+ )?(?:sa )?(?:gate|pinto|labas|pintuan)",
    ),
}

DANGER: tuple[str, ...] = (
    # "pakitulong", "pls help", "pakipuntahan po ako", Cebuano "tabangi ko".
    r"(?:paki ?tulong|patulong|pakitulungan)(?! (?:po |naman )?(?:sa|lang sa|para sa|mag|kung|ng|with))",
    r"(?:kuya|ate|sir|maam|ma'am|boss|po)\W+(?:pls |please |plz |pakiusap )?help\b(?! (?:po )?(?:sa|with|kung|lang|me with|mo|ng))",  # noqa: E501
    r"(?:pls|please|plz|pakiusap) (?:po )?help (?:po|nyo|niyo|naman|kami|ako|aq)\b",
    r"(?:paki ?puntahan|puntahan (?:nyo|niyo|mo)) (?:po |na |naman )*(?:ako|kami|aq|kmi)",
    r"tabangi (?:ko|mi|kami|ako|nako|namo)|^\W*tabang\W*(?:ko|mi|po)?\W*$",
    rf"{ME} (?:\w+ ){{0,3}}{LOCK}{NOT_JAIL}",
    rf"(?:siyang|syang|silang|siya|sya|sila) (?:\w+ ){{0,2}}{LOCK}{NOT_JAIL}",
    rf"(?:nakakulong|nakakadena|nakagapos|nakatali|naka-?lock|nakakandado) (?:\w+ )?(?:ngayon|sa (?:poste|puno|kama|loob|kwarto|kuwarto|banyo|bodega|basement|stockroom|kubo|cr|cabinet|container)){NOT_JAIL}",  # noqa: E501
    r"(?:gi-?lock|gikulong|gisirado|gitrangkahan) (?:ko|mi|kami|ako|siya|sila)",
    rf"{NG} (?:na )?(?:{WHO} )?(?:na )?(?:humihinga|makahinga)(?! sa (?:tawa|kakatawa|katatawa|kakaiyak|kilig))",
    r"(?:may |si \w+ |yung \w+ )(?:nahimatay|hinimatay|nawalan ng malay)|(?:nahimatay|hinimatay) na",
    r"(?:nilagyan|hinaluan|nilagay) (?:\w+ ){0,2}(?:ng )?(?:droga|gamot|pampatulog|drugs?) (?:\w+ )?(?:ang |yung |sa )?(?:inumin|drinks?|pagkain|kape|juice)",  # noqa: E501
    r"(?:nasa|sa loob ng|sakay ng|nakasakay sa) (?:\w+ )?(?:kotse|van|sasakyan|motor) (?:nila|niya|nya|ng lalaki\w*) (?:\w+ ){0,3}(?:ako|kami|aq)\b",  # noqa: E501
    r"(?:nasa|sa loob ng|sakay ng|nakasakay sa) (?:\w+ )?(?:kotse|van|sasakyan|motor) (?:\w+ ){0,4}(?:ayaw|hindi|di) (?:\w+ ){0,2}(?:ibaba|pababain|pakawalan|bitawan|palabasin)",  # noqa: E501
    rf"(?:ayaw|{NG}) (?:\w+ ){{0,2}}(?:ako|ko|kami|aq) (?:\w+ )?(?:ibaba|pababain|pakawalan|bitawan)",
    r"(?:hindi|di) (?:ko|q) (?:kilala|alam) (?:ang |tong |itong |kung nasaan |kung saan )?(?:lugar|ako|kami)",
    r"(?:hindi|di) (?:ako|kami) makapagsalita(?! (?:ng|sa|nang))\W+(?:\w+ )?(?:nakikinig|nakabantay|nandito) (?:sila|siya|sya)",
    r"(?:sinaksak|binaril|tinaga|pinagsasaksak) (?:nila |niya |nya |ng \w+ )?(?:si|ang|yung|ako|kami|siya|sya|ate|kuya)\b",
    r"(?:grabe|sobrang|ang daming|maraming) (?:yung |ang )?(?:dugo|dumudugo)",
    r"ayaw (?:\w+ ){0,2}(?:tumawag|magtawag) ng (?:ambulansya|ambulance|doktor)|ayaw (?:\w+ ){0,2}(?:dalhin|isugod) sa (?:ospital|hospital)",  # noqa: E501
    r"(?:nabalian|nabali) (?:ng |ang )?(?:braso|buto|binti|tadyang|leeg)",
    r"(?:kutsilyo|baril|itak|patalim|gulok|balisong) (?:\w+ ){0,2}(?:pinipilit|tinututukan|tinutukan|tinatakot|binabantaan) (?:ako|kami|akong|kaming)",  # noqa: E501
    r"^\W*(?:tulong|saklolo)(?: (?:po|pls|please|naman|nyo|niyo|po kami|po ako|ako|kami))*\b",
    r"^\W*(?:pa ?)?help (?:po|nyo|niyo|naman po)\b",
    r"saklolo",
    # Not help with homework ("tulungan nyo ako sa assignment ko").
    rf"(?:pa|paki)?tulungan (?:{YOU} )?(?:po |naman |nmn |pls |please |nyo |niyo )*(?:ako|aq|aku|kami|kmi|kme|ko|que)(?![^.!?\n]{{0,30}}(?:assignment|homework|project|thesis|research|module|takdang aralin|report|exam|quiz|lesson|math))",  # noqa: E501
    rf"tulungan {YOU} (?:po|pls|please|naman)(?![^.!?\n]{{0,30}}(?:assignment|homework|project|thesis|research|module|takdang aralin|report|exam|quiz|lesson|math))",  # noqa: E501
    r"(?<!ng )(?<!sa )(?<!ang )(?<!yung )(?<!ung )tulong (?:po|pls|please|naman po)(?! (?:sa|para|ng))",
    rf"pinapatay (?:na )?(?:nila |niya |nya )?{WHO}",
    rf"help (?:{YOU}) (?:po )?(?:ako|aq|kami|kmi)",
    rf"(?:iligtas|sagipin|ilabas|sunduin|kunin) (?:{YOU} )?(?:po |na )*{ME}(?: (?:po|na))* (?:dito|d2|dto|dyan|agad)",  # noqa: E501
    rf"(?:iligtas|sagipin) (?:{YOU} )?(?:po |na )*{ME}",
    r"(?<!akong )(?<!kaming )(?:tumawag|tawagan|itawag|paki ?tawag|pakitawagan|tawag)(?:an)? (?:kayo |ka |nyo |niyo |mo |po |na )*(?:ng |ang |sa )?(?:pulis|police|911|117|tanod|rescue)",  # noqa: E501
    rf"{LOCK} {G2}{WHO}{NOT_JAIL}",
    rf"{ME}(?: (?:po|ay|ngayon|ho|dito|d2))* {LOCK}{NOT_JAIL}",
    r"nakakulong (?:ang |yung |ung )(?:mga )?(?:\w+ )?(?:babae|bata|kasama|trabahador|kapatid|anak|pinsan)",
    rf"{NG} (?:\w+ )?{WHO} (?:\w+ )?(?:makalabas|makatakas|maka-?labas|maka-?takas)",
    rf"(?:tinutukan|tinututukan) {G3}(?:ng )?(?:baril|kutsilyo|patalim|itak|gulok|balisong)",
    rf"(?:papatayin|babarilin|sasaksakin) {G2}(?:{WHO}|kayo)",
    r"(?:akong|kaming) (?:\w+ )?(?:patayin|barilin|saksakin)",
    rf"{TAKE} {G2}{PEOPLE} {G3}{TIME}",
    rf"{TIME} {G3}{TAKE} {G2}{PEOPLE}",
    rf"{WHO}(?: (?:po|ay|ngayon|ho|talaga))* (?:nasa|nsa) (?:malaking )?panganib",
    rf"(?:nasa|nsa) (?:malaking )?panganib (?:po |ho |talaga |na )*(?:ang buhay|{WHO}|ngayon)",
    r"nanganganib (?:ang )?(?:buhay|ako|kami|kmi)",
    rf"in danger (?:po |ho )?{WHO}",
    r"delikado (?:ang )?buhay (?:ko|namin|nya|niya|nila)",
    r"(?:walang malay|nag-?aagaw ?buhay|naghihingalo|duguan|hirap (?:na )?(?:huminga|makahinga))",
    rf"{NG} (?:na )?(?:humihinga|makahinga|gumagalaw)",
    rf"(?:mamamatay|mamatay) na (?:{WHO}|po)",
    r"(?:pumunta|punta|puntahan) (?:na )?(?:kayo |nyo |niyo )?(?:po )?(?:dito|d2|kami|ako) (?:\w+ )?(?:agad|ngayon|now|dali|bilis)",  # noqa: E501
)

HARM: tuple[str, ...] = (
    r"(?:kinidnap|dinukot|tinangay|kinaladkad|sapilitang isinakay|sinakay sa (?:\w+ )?van)",
    rf"(?:ikukulong|kukulungin|itatali|itatapon) {G3}(?:{WHO}|kami|ako)",
    rf"{LOCK}(?! (?:ko|namin|q)\b){NOT_JAIL}",
    r"nakatali (?:\w+ ){0,3}(?:sa|ng) (?:poste|puno|kama|upuan|kubo|bakod|kadena)",
    r"(?:nagbebentahan|nagbebenta|binebenta|ibebenta) (?:\w+ ){0,2}(?:ng |ang )?(?:mga )?(?:babae|bata|batang \w+)",
    r"(?:may|meron|merong|hawak|dala|may dalang|may hawak na) (?:\w+ )?(?:baril|kutsilyo|itak|gulok|patalim|balisong|armas)",  # noqa: E501
    r"(?:sinasaktan|binubugbog|sinusuntok|sinasakal|sinisipa|hinahampas|pinapalo|ginagahasa|hinahalay|hinahabol|kinakaladkad|sinasampal)",  # noqa: E501
    r"(?:dumudugo|binaril|sinaksak)",
    rf"(?:ililipat|ibebenta|dadalhin|isasakay|papatayin) {G2}{PEOPLE}",
)
IMMINENT: tuple[str, ...] = (
    r"bukas ng (?:umaga|madaling araw|gabi)|ngayon lang|ngayon mismo|kanina lang",
    r"(?:ngayon|ngayon na|ngayong gabi|mamaya|mamayang gabi|agad|bilisan|dalian)",
    r"sa loob ng (?:isang|dalawang|\d+) (?:oras|minuto)",
)

SAFE: tuple[str, ...] = (
    r"(?:ligtas|safe|okay|ok|oks|ayos|maayos) (?:na |naman |lang |po |ho )*(?:ako|aq|kami|kmi|siya|sya|sila|cla)",
    r"(?:ako|aq|kami|kmi|siya|sya|sila) (?:ay |po |ay po |naman |ngayon )*(?:ligtas|safe|okay|ok|ayos|maayos)(?: (?:na|lang|naman|po))*",  # noqa: E501
    r"walang (?:\w+ )?(?:nasa panganib|napapahamak|delikado|nanganganib)",
    rf"{NG} {G3}(?:nasa panganib|delikado|nanganganib)",
)

NEGATION = (
    r"hindi|hinde|hnd|hndi|ndi|wala|walang|wla|wlang|huwag|wag|hwag",
    # "di" is Vietnamese "đi" (go) and Italian "of" too: only before a Tagalog word; a "di"
    # right before a match is read by the patterns themselves (see _d).
    r"di(?= (?:ako|aq|kami|kmi|sila|siya|sya|na|naman|po|nila|niya|nya|pwede|ka|kayo|totoo)\b)",
)
HEDGE = r"(?:hindi|di|hnd|hndi|de) (?:ko|que) (?:po )?(?:alam|sure|sigurado)|ewan|(?:hindi|di) (?:ako )?sigurado|po|naman|nmn|nga|talaga|lang|lng|rin|din|ni (?:boss|amo|madam|maam|sir|kuya|ate|aling|mang|manong|manang|tita|tito|lola|lolo|mister|misis|tatay|nanay)"  # noqa: E501
HYPOTHETICAL = r"(?:paano|pano) kung|halimbawa|kunwari|kung sakali(?:ng)?|(?:paano|pano) (?:malalaman|makikilala|matutukoy)|(?:ano|anong) (?:po )?(?:ba )?(?:ang |yung )?(?:pinagkaiba|pagkakaiba|ibig sabihin|kahulugan|definition)|para (?:po )?sa (?:report|project|thesis|research|assignment|school|klase)|kung legal|legal (?:po )?ba|totoo (?:po )?ba|bawal (?:po )?ba|normal (?:po )?ba"  # noqa: E501

CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (
        # Paid "dates", bookings, live shows and content sold for money.
        r"(?:naka-?date|makipag-?date|i-?date|ipina-?date) (?:\w+ ){0,4}(?:kapalit ng|para sa|may) (?:pera|bayad)",
        r"(?:ibo-?book|i-?book|binobook|bino-?book|ibinobook|ibinu-?book|naka-?book|bina-?book) (?:siya|sya|sila|ako|yung babae|ang babae|yung mga babae)",  # noqa: E501
        r"(?:live ?show|nagla-?live|mag-?live|live) (?:\w+ ){0,4}(?:hubad|nakahubad|sexy|bastos) (?:\w+ ){0,4}(?:pera|bayad|tip|coins|gifts)",  # noqa: E501
        r"onlyfans|(?:benta|binebenta|nagbebenta) (?:ng )?(?:content|nudes|scandal)",
        r"(?:nagbabayad|bayad|magbayad) (?:\w+ )?(?:sa )?(?:pinto|gate|pintuan) (?:\w+ ){0,3}(?:bago|para) (?:pumasok|makapasok)",
        r"makipagtalik sa (?:mga )?(?:customer|kostumer|lalaki|turista|foreigner|kano|parokyano)",
        r"(?:sumama|sasama|sumasama|isasama|isinasama|sinasama|sinamahan|sinasamahan) (?:\w+ ){0,2}(?:sa |ang |yung )?(?:mga )?(?:\W?\w+\W? )?(?:customer|kostumer|parokyano|foreigner|kano|dayuhan|turista)",  # noqa: E501
        r"(?:hubad|pinapahubad|naghuhubad|sex|makipag-?sex|makipagtalik|webcam|cam|camera|video call|sumayaw|pinapasayaw)\b[^.\n]{0,60}(?:para sa pera|kapalit ng pera|binibigyan ng pera|binabayaran|may bayad|bayad daw|para kumita|para sa (?:mga )?(?:foreigner|kano|customer|dayuhan|kliyente))",  # noqa: E501
        r"(?:nagpo-?post|nagpopost|pinopost|ipinopost|inaalok|ino-?offer) (?:\w+ ){0,4}(?:for |para sa )?\W?(?:meet ?-?ups?|booking|date|eb|eyeball|sideline)\W?",  # noqa: E501
        r"i-?schedule (?:\w+ )?(?:siya|sya|sila|ako) sa (?:mga )?(?:customer|kliyente|lalaki)",
        r"(?:bayad|kita|pera) ng (?:mga )?(?:customer|kostumer|lalaki|turista|parokyano)",
        r"(?:naniningil|sumisingil) (?:\w+ ){0,3}(?:sa )?(?:mga )?(?:turista|customer|lalaki|parokyano)",
        r"(?:lalaki|tao|bantay) (?:\w+ ){0,3}(?:sa )?(?:gate|pinto|labas) (?:\w+ )?(?:naniningil|sumisingil|kumukuha ng bayad)",
        r"(?:siya|sya|sila|ako|kami|bata|kapatid|anak|pamangkin|pinsan|apo)(?: [\w-]+){0,6} (?:ay )?(?:ibinebenta|binebenta|ibinibenta|ipinagbibili) (?:\w+ )?(?:online|sa (?:internet|facebook|fb|telegram|twitter|gc|lalaki|customer|foreigner))",  # noqa: E501
        r"(?:nagbebenta|binebenta|ibinebenta|nagbenta) (?:\w+ ){0,4}(?:ng |ang |yung |ung |mga )*(?:\W?girls?\W?|babae|chicks?|pictures?|videos?|pics|litrato|larawan|nudes|content|scandal)",  # noqa: E501
        r"(?:nagpe-?perform|nagpeperform|perform|show|nagsho-?show|mag-?show) (?:\w+ ){0,2}(?:online|sa cam|live|sa camera) (?:\w+ ){0,2}(?:para sa|sa) (?:mga )?(?:customer|foreigner|kano|kliyente|viewers?|dayuhan)",  # noqa: E501
        r"(?:binabar ?fine|nila-?lady'?s drink|lady'?s drinks?|mailabas (?:siya|sya|sila|ang babae)|binabayaran (?:ng \w+ )?(?:yung |ang )?bar)",  # noqa: E501
        r"(?:pinapa-?extra|extra service|mag-?extra|pinag-?extra|mag-?customer|magcustomer|pinapa-?customer|nagpapa-?customer)",
        r"tinotrabaho (?:\w+ ){0,5}sa (?:mga )?(?:lalaki|customer|kostumer|matanda|foreigner)",
        r"(?:pinagbibili|ipinagbibili|ibinebenta|binebenta|pinapagamit) (?:\w+ ){0,6}sa (?:mga )?(?:kaibigan|bisita|kakilala)",
        r"club (?:\w+ ){0,2}with customers",
        r"(?:mamasan|mama san|papasan)",
        r"(?:kung|pag|kapag) (?:di|hindi) (?:\w+ )?(?:sasama|sumama|makikipag\w*|papayag)\b[\w' ]{0,30}?\b(?:customer|kostumer|lalaki|parokyano|foreigner)",  # noqa: E501
        r"(?:ginamit|ginagamit|pinagkakakitaan|pinagkakitaan) (?:\w+ ){0,4}(?:sa )?(?:webcam|cam|camera|online|video call|live)",
        r"(?:makipag-?sex|makipagtalik|sumiping) (?:\w+ ){0,5}para sa pera",
        r"(?:bugaw|pokpok|bayarang babae|prosti|gro|magpa-?table|nagpapa-?table|pinapa-?table|lady drinks?|bar ?fine|short ?time|bahay[- ]?aliwan|cyber ?sex|macho dancer)",  # noqa: E501
        r"sumama (?:\w+ ){0,2}sa (?:mga )?(?:customer|kostumer|parokyano|foreigner|kano|dayuhan)",
        r"(?:pinapasama|pinasasama|pinasama|pinapagamit|ipinapagamit|pinagagamit) (?:\w+ ){0,3}sa (?:mga )?(?:lalaki|customer|kostumer|parokyano|foreigner|kano|dayuhan|matanda)",  # noqa: E501
        r"(?:makipagtalik|makipag-?sex|sex|sumiping|maghubad|hubad|show|sumayaw) (?:\w+ ){0,4}(?:kapalit ng|para kumita ng|bayad na) (?:pera|\d+|piso|dolyar|load|gcash)",  # noqa: E501
        r"(?:pera|bayad|gcash|load) (?:\w+ ){0,3}(?:kapalit ng|para sa|para) (?:sex|hubad|show|makipagtalik|pagsiping)",
        r"(?:customer|kostumer|parokyano|foreigner|kano|dayuhan) (?:\w+ ){0,3}kapalit ng (?:pera|bayad)",
        r"(?:binebenta|ibinebenta|ibenta|ibinenta|binenta|nagbebenta|nagbenta) (?:\w+ ){0,2}(?:ang |ng |yung )?(?:katawan|laman|puri|aliw|sarili)",  # noqa: E501
        r"(?:binebenta|ibinebenta|ibinenta|binenta|ipinagbibili) (?:\w+ ){0,6}(?:sa )?(?:mga )?(?:lalaki|customer|kostumer|parokyano|foreigner|dayuhan|kano|matanda)",  # noqa: E501
        r"(?:sayaw|sumasayaw|pinapasayaw) (?:\w+ ){0,2}(?:hubad|nakahubad|topless)",
    ),
    "work": (
        r"(?:agency|ahensya|ahensiya|nag-?aalaga|nagaalaga|caregiver|nurse|recruiter|foreman|crew|nag-?dh|mason|hostess|entertainer|waitress|nagtitinda|vendor|namamalimos|placement fee)",  # noqa: E501
        r"(?:trabaho|nagtatrabaho|magtrabaho|pinagtatrabaho|pinapatrabaho|nagtrabaho|trabahador|manggagawa|(?<!te )amo|employer|sahod|sweldo|suweldo|kumpanya|kompanya|ahensya|ahensiya|katulong|kasambahay|ofw|kontrata)",),  # noqa: E501
    "employment": (
        r"(?:trabaho|nagtatrabaho|magtrabaho|pinagtatrabaho|nagtrabaho|trabahador|manggagawa|(?<!te )amo|employer|kumpanya|kompanya|ahensya|ahensiya|ofw)",
    ),
    "labor_sector": (
        r"(?:nagtitinda|tindera|vendor|namamalimos|pamamalimos|plantasyon|poultry|fishing boat|fishport|fish port|barkong|crew|caregiver|labor camp|construction|factory)",  # noqa: E501
        r"(?:kasambahay|katulong|yaya|labandera|domestic helpers?|bukid|sakahan|tubuhan|palayan|pabrika|pagawaan|konstruksyon|construction site|bangka|barko|laot|pangisdaan|pangingisda|mangingisda|restawran|karinderya|kainan|tindahan|minahan|bodega|sari-?sari|tindera|saleslady|kusinera|hardinero|plantasyon|niyugan)",),  # noqa: E501
    "massage": (
        r"(?:home service|therapist|spa)",
        r"(?:masahe|masahista|magpamasahe|hilot|manghihilot|bath ?house|sauna)",),
    "past_long": (
        r"(?:\d+|ilang|dalawang|tatlong|apat na|limang|maraming|isang) taon na (?:ang )?(?:nakalipas|nakaraan)",
        r"(?:19|20)\d\d pa (?:yun|iyon|yon|un)",
        r"(?:noong|nung) (?:\d{1,2}|[a-z-]+) (?:pa )?(?:ako|aq|kami|siya|sya)\b",
        r"(?:\d+|ilang|dalawang|tatlong|maraming|isang) taon na ang (?:nakalipas|nakaraan)",
        rf"(?:noong|nung|noon) (?:isang taon|\d{{4}}|bata {PA} (?:ako|kami))",
        r"(?:nakaraang|noong nakaraang) taon",
        r"matagal na (?:panahon )?(?:ang )?(?:nakalipas|nakaraan)",
        rf"(?:dati|noon {PA})",
    ),
    "past_recent": (
        r"(?:\d+|ilang|dalawang|tatlong|isang) (?:linggo|buwan) (?:na )?ang (?:nakalipas|nakaraan)",
        r"(?:noong|nung) (?:isang )?(?:linggo|buwan)",
        r"(?:nakaraang|noong nakaraang) (?:linggo|buwan)",
    ),
    "present": (rf"(?:ngayon|ngayong (?:gabi|araw|linggo)|hanggang ngayon|kasalukuyan|araw-?araw|gabi-?gabi|mamaya|mamayang gabi|kagabi|kahapon|kanina|{PA} (?:rin|din)|parin|padin)",),  # noqa: E501
    "out_safe": (
        r"(?:okay|ok|oks|ayos|maayos|fine) na (?:po |naman )?(?:ako|kami|aq|kmi)",
        r"(?:pinalaya|pinakawalan|na-?rescue|narescue|iniligtas|sinagip) na (?:kami|ako|sila|siya|sya)",
        r"nakatira na (?:ako |kami |siya |sya )?sa (?:\w+ )?(?:lola|lolo|tita|tito|magulang|kamag-?anak|bahay|shelter)",
        r"nasa bahay na (?:ako|kami) (?:ng|sa)",
        r"umalis na (?:ako|kami) sa (?:agency|amo|bar|club|trabaho|employer)",
        r"lumipat (?:na )?(?:ako|kami) sa (?:bagong|ibang) (?:employer|amo|trabaho)",
        rf"(?:nakatakas|nakaalis|nakalabas|nakauwi|na-?rescue|narescue|nailigtas|nakaligtas) (?:na )?(?:\w+ )?{WHO}",
        rf"(?:ligtas|safe) na (?:po )?{WHO}",
        r"(?:nasa|andito na (?:ako|kami) sa) (?:shelter|embassy|embahada|konsulado|bahay kalinga|dswd|owwa)",
        rf"wala na {WHO} (?:doon|dun|sa kanila|sa amo)",
    ),
    "others_remain": (
        r"may \d+ pa (?:dun|doon|roon|dyan|don|sa loob)",
        r"(?:kasama|kasamahan) (?:ko |namin |nya |niya )?pa (?:sa|ng|rin|din)",
        r"(?:siya|sya) na lang (?:ang )?naiwan",
        rf"(?:iba|kasama|kasamahan|ibang \w+|ang mga \w+|yung mga \w+) {G2}(?:nandoon|nandun|andun|naroon|andoon|nandito|andito|naiwan|nakakulong) {PA}(?: (?:rin|din))?",  # noqa: E501
        r"naiwan (?:\w+ ){0,2}(?:ang |yung |mga )(?:iba|kasama|babae)",
    ),
    "hearsay": (
        # "sabi ng amo" (the boss said) tells the boss's own words: no hearsay.
        r"(?:sabi|balita|kwento|kuwento|chismis|tsismis) (?:daw|raw|nila|sa|ni)",
        r"(?:sabi|kwento|kuwento) ng (?!(?:amo|agency|ahensya|ahensiya|agent|ahente|foreman|manager|boss|employer|kapitan|recruiter|may-?ari|kompanya|kumpanya)\b)",  # noqa: E501
        r"sabi-?sabi|(?:ayon|base) sa (?:balita|chismis|narinig)",
        r"(?:narinig|nabalitaan|nabasa) (?:ko|namin)",
        r"usap-?usapan",
    ),
    "question": (
        r"(?:ba|kaya|po ba|ho ba)\b[^.!?\n]{0,80}\?",
        r"(?:pwede|puwede) (?:po |ba |po ba )?(?:\w+ )?(?:humingi|magtanong|malaman|mag-?file|kasuhan|makakuha|mag-?report)",
        r"(?:saan|paano|pano|ano|anong|sino|kailan|bakit|ilan|magkano|normal) (?:po )?(?:ba )?(?:[\w'-]+ ){0,10}[\w'-]+ ?\?",
        r"gusto ko (?:lang )?(?:malaman|itanong|magtanong)",
        r"(?:humihingi|humingi) (?:po )?(?:ng )?(?:materials|impormasyon|info|statistics|datos)",
        r"^\W*(?:paano|pano|ano|anong|saan|sino|bakit|kailan|pwede|puwede|may tanong|tanong|magtanong|ask lang|ask ko lang)\b",
        r"(?:tanong|ask) (?:ko )?lang",
        r"(?:magtatanong|nagtatanong|itatanong|itanong|magtanong)",
    ),
    "test": (
        r"^\W*(?:huwag|wag|hwag) (?:mong |nyong |niyong )?(?:pansinin|sundin|intindihin) (?:ang |yung )?(?:\w+ ){0,2}(?:instructions?|utos|panuto|rules)\b[^\n]*$",  # noqa: E501
        r"^\W*(?:(?:test|testing|subok|pagsubok|hello|hi|kumusta|kamusta|musta|may tao (?:ba|po)(?: ba)?(?: dyan| diyan)?|salamat|sa tulong (?:nyo|niyo|ninyo)|lang|lng|po|ulit)\b\W*)+$",),  # noqa: E501
    "joke": (r"(?:joke lang|joke only|biro lang|charot|chos|de joke|echos)",),
    "partner": (
        r"(?:bf|gf|boyfriend|girlfriend|ex|live-?in partner) (?:ko|niya|nya|nila)",
        r"(?:asawa|mister|misis|jowa|syota|nobyo|nobya|kinakasama|live-?in partner) (?:ko|niya|nya|nila)",),  # noqa: E501
    "identifiable": (
        r"(?:ako|kami) (?:yung|ang) (?:nag-?message|nag-?report|nagtext|sumulat)",
        r"(?:nag-?\w+|nagtatrabaho|nagtrabaho|caregiver|kasambahay|dh|ofw) (?:ako|kami)\b",
        r"(?:kapatid|ate|kuya|pinsan|anak|pamangkin|kaibigan|kapitbahay|tita|tito|nanay|tatay|asawa|kasama) (?:ko|namin|nmin|que)",
        r"pangalan (?:niya|nya|nila|ko) (?:ay|si)",
        r"(?:ako|aq|kami|kmi) (?:ay|po|ho|mismo)",
    ),
    "suspicion": (r"(?:kahina-?hinala|kahinahinala|kakaiba|kaduda-?duda|nagdududa|duda ako|parang may mali|may mali)",),  # noqa: E501
    "smuggling": (
        r"(?:tnt|nag-?tnt|bayad na (?:ako|kami) sa (?:nagdala|nagpasok|coyote))",
        r"(?:backdoor|ipinuslit|pinuslit|tumawid (?:\w+ )?ng border|iligal na pumasok)",),
    "chain": (
        r"(?:i-?)?pasa (?:nyo|niyo|mo|na) (?:ito|to|po)|pakikalat|ikalat (?:nyo|niyo|mo)|share (?:nyo|niyo|mo) (?:ito|to|na)|kinukuha (?:ang )?(?:kidney|organs?|lamang-?loob)",  # noqa: E501
        # Advertising: promotions, loans, job ads with a number to text.
        r"(?:libreng load|free load|promo|mag-?invest|investment|pautang|loan agad|\d+% (?:kita|tubo|interest)|hiring|we are hiring|apply na|text 09\d*)",  # noqa: E501
        r"(?:pakishare|paki-?share|i-?share (?:nyo|niyo|mo) (?:ito|to|po)|ipasa (?:nyo|niyo|mo) (?:ito|to))",),  # noqa: E501
    "abuse": (
        r"(?:putang ?ina|tang ?ina|tangina|gago|gaga|bobo|tanga|ulol|tarantado|pakyu|punyeta|inutil)",
    ),
    "self_trafficked": (r"(?:biktima (?:ako|kami) ng (?:human )?trafficking|na-?traffic (?:ako|kami))",),  # noqa: E501
    "minor_sex_context": (
        r"(?:customer|kostumer|turista|kwarto|webcam|camera|bayad|lady'?s drink|gro|videos?)",
        r"(?:motel|hotel|sex|hubad|nakahubad|ginalaw|hinipuan|makipagtalik|short ?time|nirape)",
    ),  # noqa: E501
}

# Specific locations: a block and lot, a barangay with its town, a named bar or spa on a named
# street, a named business in a named place, a boat in a named port, a landmark.
BIZ = r"(?:bar|club|spa|resort|inn|hotel|motel|ktv|restobar|restaurant|grill|salon|massage|sauna|apartment|condo|bodega|factory|pabrika|farm|resto|cafe|kainan|karinderya|tindahan|store|lodge|pension|pension house|videoke)"  # noqa: E501
COUNTRY = r"(?:abroad|japan|saudi|kuwait|malaysia|jordan|taiwan|korea|qatar|bahrain|oman|lebanon|israel|canada|usa|us|america|china|thailand|cambodia|myanmar|italy|uae)"  # noqa: E501
GEN = r"(?:garment|fishing|isang|ang|yung|ung|mga|sa|ng|na|ibang|malaking|maliit|bagong|lumang|tapat|harap|likod|may|nasa|dito|doon|dun|ko|kami|ako|siya|sya|sila|magkasama|the|a)"  # noqa: E501
PLACES: tuple[str, ...] = (
    r"(?:blk|block) ?\.? ?\d+\w*,? (?:lot|lt) ?\.? ?\d+\w*",
    r"(?:brgy|barangay|bgy|bgry)\.? (?:[\w.]+ ){0,3}[\w.]+, (?:[\w.]+ ){0,2}\w+",
    rf"{BIZ}\W?(?:[ ,]+[\w.'-]+){{0,6}}?[ ,]+(?:st|street|ave|avenue|road|rd|blvd|drive|dr|highway|hwy|ext)\b",
    rf"(?:(?!{GEN}\b)\w+ ){{1,2}}{BIZ}\W? (?:sa|sa may|in|at) (?!(?:isang|ang|yung|amin|kanila|labas|loob|tabi|harap|likod|tapat|may|bahay|{COUNTRY})\b)\w+",  # noqa: E501
    rf"(?:labor camp|camp|kampo|compound|dormitoryo|dorm|barracks) (?:\w+ ){{0,2}}sa (?!(?:isang|ang|yung|loob|labas|{COUNTRY})\b)\w+",  # noqa: E501
    r"(?:kumpanya|kompanya|company|agency) (?:po )?(?:ay|na|called|named|ng pangalang) '[\w' &.-]{2,40}'",
    r"(?:fv|f/v|mv|m/v|fb|f/b|bangkang|barkong|boat|vessel) \W?(?:[\w']+ ){1,3}\d*\W? ?(?:[\w'-]+ ){0,4}(?:port|pier|fishport|fish port|pantalan|daungan|wharf|harbor)\b",  # noqa: E501
    r"(?:labas|harap|tapat|loob|likod|tabi) ng (?!bahay)\w+(?: \w+)? (?:church|simbahan|mall|market|palengke|terminal|station|school|plaza|cathedral|chapel)",  # noqa: E501
    rf"sa \w+(?: \w+)?, \w+(?: \w+)? (?:may )?{BIZ} (?:na |called |named )?'[\w' &-]{{2,30}}'",
)

# Number words for ages, with the linker a word ending in a vowel takes ("labinlimang taon").
# One and five are the Spanish-derived "uno" and "singko": "Isa" and "Lima" are names.
NUMBERS = {
    "uno": 1, "dalawa": 2, "tatlo": 3, "apat": 4, "singko": 5, "anim": 6, "pito": 7, "walo": 8,
    "siyam": 9, "sampu": 10, "sampung": 10, "labing-isa": 11, "labing-isang": 11,
    "labindalawa": 12, "labindalawang": 12, "labintatlo": 13, "labintatlong": 13,
    "labing-apat": 14, "labing apat": 14, "labinlima": 15, "labinlimang": 15, "labing-anim": 16,
    "labing anim": 16, "labimpito": 17, "labimpitong": 17, "labinpito": 17, "labinpitong": 17,
    "labingwalo": 18, "labingwalong": 18, "labing-walo": 18, "labinsiyam": 19,
    "dalawampu": 20, "dalawampung": 20, "onse": 11, "dose": 12, "trese": 13, "katorse": 14,
    "kinse": 15, "disisais": 16, "disi-sais": 16, "disisyete": 17, "disi-syete": 17,
    "disiotso": 18, "disi-otso": 18,
}  # fmt: skip

EXAMPLES = {
    "cry_for_help": (
        "Tulungan nyo po ako, sinasaktan ako ng amo ko ngayon",
        "saklolo!!",
        "pls tulungan nyo aq d2",
    ),
    "locked_in": (
        "Nakakulong ako sa kwarto, ni-lock ng amo ko ang pinto, di ako makalabas",
        "kinulong kami dito sa bodega pls tulungan nyo kami",
    ),
    "minor": (
        "Yung pamangkin ko 15 anyos pa lang pero pinagtatrabaho na sa club",
        "May batang babae dito, 14 taong gulang, pinapatrabaho sa bar",
    ),
    "negated_danger": (
        "Ligtas na ako ngayon at walang nasa panganib, gusto ko lang magtanong",
        "okay na po ako ngayon, hindi po ako nasa panganib",
    ),
    "commercial_sex": (
        "Sa isang bar sa Angeles, pinipilit ang mga babae na sumama sa mga customer kapalit ng pera, kinukuha ng manager lahat ng kita",
        "binebenta nila yung mga babae sa mga lalaki, yung bugaw ang may hawak ng pera",
    ),
    "labor": (
        "Kinuha ng amo ko ang passport ko at tatlong buwan na akong hindi pinapasahod",
        "di kami binabayaran ng sahod sa pabrika, hawak nila yung mga passport namin",
    ),
}

HINTS = (
        "po", "ako", "tulong", "kasi", "tulungan", "nyo", "niyo", "dito", "kami", "namin",
        "hindi", "lang", "lng", "nmn", "naman", "ang", "ng", "mga", "yung", "sila", "nila",
        "sahod", "aq", "wala", "saklolo", "kinulong", "nakakulong", "ngayon", "kmi", "talaga",
)  # fmt: skip

# fmt: on

LANGUAGE = Language(
    code="tl",
    name="Tagalog",
    native_name="Tagalog",
    script="latin",
    lingua="TAGALOG",
    danger=_d(DANGER),
    harm=_d(HARM),
    imminent=IMMINENT,
    safe=SAFE,
    negation=NEGATION,
    hedge=(HEDGE,),
    hypothetical=(HYPOTHETICAL,),
    own_situation=(r"ako|aq|namin|kami|kmi|amin|akin|sakin|samin",),
    indicators={name: _d(patterns) for name, patterns in INDICATORS.items()},
    cues={name: _d(patterns) for name, patterns in CUES.items()},
    numbers=NUMBERS,
    # "15 anyos", "labinlimang taong gulang" (a number word takes the linker -ng), "edad 15".
    ages=(
        r"\b{N}(?:ng| na| ng)? ?(?:taong? gulang|taon(?:g)? (?:na )?gulang|anyos)\b",
        r"\b(?:edad|idad)(?: (?:niya|nya|nila|ko|ay|ng \w+))*:? ?{N}\b",
        r"\b{N} (?:ang|yung) (?:edad|idad)\b",
        r"\b(?:anak|kapatid|pinsan|pamangkin|apo|bunso) (?:ko|namin|nya|niya|nila) (?:ay |na )?{N}\b(?! (?:na )?(?:taon|buwan|araw|oras|libo|piso|k\b))",
        # "labing-anim na taon", "mga siyam na taon": not "taon na" (years since) or "taon sa" (years in).
        r"\b{N} na taon\b(?! (?:na|nang|ng|sa|ang|ko|kong|niya|nya|akong|kaming|siyang|syang|siya|sya|sila|ako|kami|nakalipas|nakaraan)\b)",  # noqa: E501
        # "noong 13 ako" (when I was 13), "17 na ako ngayon", "25 na sya".
        r"\b(?:noong|nung) {N} (?:pa )?(?:ako|aq|siya|sya)\b",
        r"\b{N} na (?:ako|aq|siya|sya)\b(?! (?:\w+ )?(?:taon|buwan|araw|oras|linggo|beses))",
        # "gro na 16 lang", "anak ng kasambahay namin 14,", "mga batang 14 at 15".
        r"\b(?:gro|babae|bata|batang \w+|girl|anak|pamangkin|kapatid|pinsan|estudyante|dalaga|kasambahay|waitress|entertainer|sya|siya)(?: na| ay)? {N} (?:lang|pa lang|palang|lamang)\b",  # noqa: E501
        r"\b(?:batang?|bata|mga bata|anak|kasambahay|estudyante|classmate|kaklase|apo)(?:[ ,]+(?!grade|gr|room|section|lot|blk)\w+){0,3}[ ,]+{N}(?: (?:at|hanggang|-) {N})?(?=\s*(?:$|[,.;!?]|yrs|years|anyos))",  # noqa: E501
        r"\bmga batang {N}(?: (?:at|hanggang|-) {N})?\b",
    ),
    minor_words=(
        r"(?:isang|ang|yung|mga|ay) menor",
        # "a girl" who only looks young ("mukhang bata pa") is not a stated minor.
        r"(?:mga )?batang (?:babae|lalaki)(?! (?:\w+ ){0,3}(?:mukhang|mukha|parang|mukang))",
        r"dalagita",
        rf"(?:ipinanganak|pinanganak|isinilang|born)(?: (?:noong|nung|sa|in))? {BORN_MINOR}",
        r"(?:grade|gr\.?) (?:[1-9]|1[0-2])(?!\d)",
        r"(?:high ?school|hayskul|haiskul|elementarya|elementary) (?:student|estudyante|pa lang|para lang)",
        r"(?:wala|hindi|di) (?:pa|para)(?:ng)? (?:18|labing-?walo|disiotso)",
    ),
    places=PLACES,
    hints=HINTS,
    keywords={
        "stop": ("tigil", "itigil", "hinto", "ihinto"),
        "help": ("tulong", "saklolo"),
        "start": ("simula", "simulan", "umpisa"),
    },
    examples=EXAMPLES,
)
