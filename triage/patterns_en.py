"""English pattern tables, matched against folded text (lower case, no accents, SMS expanded)."""

from __future__ import annotations

NT = r"(?:not|never|can't|cannot|can not|couldn't|don't|doesn't|didn't|won't|wouldn't|isn't|aren't|wasn't|weren't|haven't|hasn't|have not|has not|do not|does not|did not|will not|no longer)"  # noqa: E501
OBJ = r"(?:me|us|her|him|them|you|anyone|anybody|everyone|people|the (?:girls?|women|woman|workers?|kids|children|boys?|men|guys|ladies|employees|staff|family|lady|man)|my \w+|his \w+|her \w+|their \w+|our \w+)"  # noqa: E501
POSS = r"(?:my|her|his|their|our|your|the|all (?:the|our|their|her|my))"
G2 = r"(?:[\w']+ ){0,2}"
G3 = r"(?:[\w']+ ){0,3}"
G5 = r"(?:[\w']+ ){0,5}"
DOCS = r"(?:passports?|ids?|id cards?|papers|documents|visas?|green cards?|birth certificates?|licen[cs]es?|identification|work permits?|i-?94)"  # noqa: E501
PEOPLE = r"(?:people|workers|men|women|girls|guys|ladies|kids|children|of us|of them)"

INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (
        r"pimp(?:s|ed|ing)?", r"madam", r"handlers?", r"traffickers?",
        rf"(?:take|takes|took|keep|keeps|kept|collect|collects|gets) {G2}(?:all|most) {G2}(?:the|her|their|my|our|of the|of her|of their|of my|of our)? ?(?:money|earnings|cash|tips|pay)",  # noqa: E501
        rf"(?:give|gives|hand|hands|gave) (?:him|her|them|the boss) (?:all )?(?:the|her|their|my|our) (?:money|earnings|cash)",  # noqa: E501
        r"(?:speaks|talks|answers) for (?:her|him|them|the girls|the women|the workers)",
        rf"(?:makes?|made|forces?|forced|has|have|had) {OBJ} (?:to )?(?:sleep with|have sex with|see|service|do|go on|be with) (?:men|guys|clients|customers|johns|dates|strangers)",  # noqa: E501
        rf"(?:makes?|made|forces?|forced) {OBJ} (?:to )?(?:work the (?:street|track|blade)|walk the (?:street|track|blade)|prostitute|beg|strip|dance for)",  # noqa: E501
        r"(?:sell|sells|selling|sold|rent|rents|renting|pimps? out|pimping out) (?:her|them|his daughter|her daughter|their daughter|the girls|girls|women) (?:out |to men|for sex|for money)",  # noqa: E501
        r"(?:books|sets up|arranges|schedules) (?:her|their|the girls'?|my) (?:dates|clients|appointments|calls)",  # noqa: E501
        r"(?:never|not) (?:alone|by (?:herself|himself|themselves))",
    ),
    "confiscated_documents": (
        rf"(?:took|take|takes|taken|taking|keep|keeps|kept|keeping|hold|holds|held|holding|has|have|had|confiscated?|stole|steal|hid|hides|locked up|won't give back|won't return) {G2}{POSS}? ?{DOCS}",  # noqa: E501
        rf"{DOCS} (?:was|were|are|is|got|have been|has been) (?:taken|kept|held|confiscated|stolen|locked up)",  # noqa: E501
    ),
    "debt_bondage": (
        r"debt bondage", r"(?:work|working|pay|paying|paid) (?:it )?(?:off|back) (?:a |the |her |his |their |my |our )?debts?",  # noqa: E501
        rf"debts? {G2}(?:keeps?|always|never|just) {G2}(?:growing|going up|getting bigger|goes up|grows|paid off|ends)",  # noqa: E501
        rf"(?:owe|owes|owed|owing) {G3}(?:for|because of) (?:the trip|transport|rent|food|bringing|the crossing|housing|the ride|the room|travel|the visa)",  # noqa: E501
        r"(?:owe|owes|owed) (?:him|her|them|the boss|the owner|the man|the coyote|the smuggler|the lady) (?:money|\$ ?\d[\d,]*|\d[\d,]* dollars|a lot|thousands)",  # noqa: E501
        r"(?:says?|said|tells?|told) (?:we|they|she|he|i|me|her|them|us) (?:owe|owes|still owe)",
        r"(?:charges?|charged|charging) (?:us|them|her|me|him) for (?:rent|food|housing|transport|the trip|everything|the ride|the room)",  # noqa: E501
        r"in debt to (?:the|her|his|their|my|our) (?:boss|employer|pimp|owner|recruiter)",
        r"until (?:the|her|my|our|their|his) debts? (?:is|are) (?:paid|gone)",
    ),
    "restricted_movement": (
        rf"{NT} (?:be )?(?:allowed|able|permitted|let) to (?:leave|go out|go outside|go anywhere|quit|go home|walk|go back)",  # noqa: E501
        r"(?:can't|cannot|can not|couldn't) (?:leave|quit|go out|go outside|go home|go anywhere)",
        rf"(?:won't|don't|doesn't|never|didn't|wouldn't) let {OBJ} (?:leave|go|out|quit|outside)",
        rf"(?:no one|nobody|none {G2}) (?:is |are )?(?:allowed|able|can|could|gets) (?:to )?(?:leave|go out)",  # noqa: E501
        r"(?:never|don't|doesn't|do not|does not) (?:leave|leaves|go out|goes out) (?:the (?:house|building|place|farm|property|apartment))?(?:alone|by (?:herself|himself|themselves)|without)?",  # noqa: E501
        r"(?:always|constantly) (?:watched|escorted|followed|monitored|guarded)",
        r"not free to (?:leave|go)", rf"keeps? {OBJ} from leaving",
        r"(?:have|has) to ask (?:permission|the boss) to (?:leave|go out)",
    ),
    "confinement": (
        rf"(?:locked|lock|locks|locking) {G3}(?:in|inside|up|away)\b", r"chained", r"chains",
        rf"(?:kept|keep|keeps|held|hold|holds|holding) {G2}(?:in|inside) (?:a|the) (?:room|basement|house|trailer|shed|van|truck|apartment|garage|warehouse|closet|cage)",  # noqa: E501
        r"(?:being )?held captive", r"captive", r"kidnapp?(?:ed|ing)", r"trapped", r"being held",
        r"can't get out", r"tied up",
    ),
    "threats_of_violence": (
        rf"threat(?:en|ens|ened|ening|s)? {G5}(?:kill|hurt|beat|harm|cut|shoot|stab|family|kids|children)",  # noqa: E501
        rf"(?:said|says|told|tells|say) {G3}(?:will|would|going to|gonna) (?:kill|hurt|beat|harm|shoot|stab)",  # noqa: E501
        rf"(?:will|would|going to|gonna) (?:kill|hurt|beat|harm|shoot|stab) {OBJ}",
        r"(?:kill|hurt|harm) (?:my|her|his|their|our) (?:family|kids|children|mom|mother|son|daughter)",  # noqa: E501
        rf"threat(?:en|ens|ened|ening) {OBJ}(?! {G3}(?:ice|immigration|deport|police|post|photos|pictures|videos))",  # noqa: E501
    ),
    "threats_of_deportation": (
        rf"(?:threat\w*|says?|said|will|gonna|going to|would) {G5}(?:call|report|turn {OBJ} in to|send {OBJ} to) (?:the )?(?:ice|immigration|migra|la migra|border patrol)",  # noqa: E501
        rf"(?:threat\w*|will|gonna|going to|would) {G3}(?:get|have)? ?{OBJ}? ?deport(?:ed)?",
        r"(?:get|have) (?:me|her|him|us|them) deported",
    ),
    "threats_of_exposure": (
        rf"(?:threat\w*|will|gonna|going to|would|says|said) {G5}(?:post|share|send|show|leak|release|put) {G3}(?:pictures|photos|pics|videos?|nudes)",  # noqa: E501
        r"sextort\w*", r"blackmail\w*", rf"expose {OBJ}",
        rf"(?:threat\w*|will|would) {G3}tell (?:my|her|his|their) (?:family|parents|husband|wife|church)",  # noqa: E501
    ),
    "signs_of_abuse": (
        r"bruis(?:e|es|ed|ing)", r"black eyes?", r"burn marks", r"cigarette burns", r"scars",
        r"busted lip", r"swollen (?:face|eye|eyes|lip)", r"injur(?:ed|ies)",
        rf"(?:beat|beats|beaten|beating|hits|hit|hitting|punch\w*|kick\w*|slap\w*|chok\w*|whip\w*|abus\w+) {OBJ}",  # noqa: E501
        r"(?:is|was|were|are|get|gets|got|been|being) (?:beaten|hit|abused|punched|kicked|slapped|choked|burned|whipped)",  # noqa: E501
        r"physically abus\w*",
    ),
    "sexual_violence": (
        r"rap(?:e|ed|es|ing|ist)", r"sexually (?:assault|abus)\w*", r"molest\w*",
        rf"forc(?:e|es|ed|ing) {OBJ} to have sex", r"forced sex",
    ),
    "weapon": (
        r"guns?", r"pistols?", r"rifles?", r"knife", r"knives", r"machetes?", r"armed",
        r"firearms?", r"weapons?", r"shotguns?", r"glock",
    ),
    "unpaid_wages": (
        rf"{NT} {G2}(?:been |ever |even |get |gets |got |getting |receive |received )?(?:paid|pay (?:us|them|her|me|him|anything|the workers))(?! (?:on time|overtime|yet|late|for overtime|extra))",  # noqa: E501
        r"(?:no|without) (?:pay|wages|salary|money)(?! (?:for overtime|on time))",
        r"(?:work|works|working|worked) for (?:free|nothing|food|no money|room and board|just food|tips only)",  # noqa: E501
        r"(?:keeps?|kept|takes?|took) (?:all )?(?:our|my|their|her|his|the) (?:wages|pay|paychecks?|salary)",  # noqa: E501
        r"pays? (?:us|them|me|her|him) (?:only |just )?(?:\$ ?\d+|\d+ dollars|a few dollars|almost nothing|nothing|pennies)(?: (?:a|per) (?:day|week|month))?",  # noqa: E501
        r"(?:withhold|withholds|withholding|holds back|held back) (?:our|my|their|her|his|the)? ?(?:pay|wages|salary)",  # noqa: E501
        r"(?:months|weeks) without (?:pay|being paid)", r"unpaid(?! overtime)",
    ),
    "recruitment_fraud": (
        rf"(?:promised|offered) {G5}(?:job|work|pay|visa|papers|school|modeling|waitress|nanny|money)",  # noqa: E501
        r"(?:job|work|it|offer) (?:was|turned out to be) (?:fake|a lie|a scam|different|not what)",
        r"fake (?:job|ad|offer|modeling|agency|recruiter)", r"lied about (?:the|her|our) (?:job|work|pay)",  # noqa: E501
        r"(?:when|once) (?:she|they|we|i|he) (?:got|arrived|came) (?:here|there)", r"bait and switch",  # noqa: E501
    ),
    "isolation": (
        rf"{NT} (?:be )?(?:allowed|able|let) (?:to )?(?:talk|speak|call|contact|see|text|visit|use (?:a|the|her|their|my) phone)",  # noqa: E501
        rf"(?:won't|don't|doesn't|never) let {OBJ} (?:talk|speak|call|contact|see|text|visit)",
        r"(?:took|takes|take|keeps?|kept|taken) (?:away )?(?:her|their|my|our|his) (?:phones?|cell ?phones?|cells?)",  # noqa: E501
        r"no contact with (?:family|anyone|anybody|the outside)", r"cut off from",
        r"isolat(?:ed|ion|es)",
    ),
    "forced_criminality": (
        rf"(?:forc\w+|makes?|made) {OBJ}? ?(?:to )?(?:sell|deliver|carry|move|run|transport|smuggle|grow) (?:drugs|dope|meth|weed|coke|fentanyl|pills)",  # noqa: E501
        r"(?:sell|selling|deliver|delivering|carry|carrying) drugs for (?:him|her|them|the)",
        rf"(?:forc\w+|makes?|made) {OBJ}? ?(?:to )?(?:steal|shoplift|pickpocket|rob)",
        r"drug mules?", r"grow house",
    ),
    "deprivation": (
        rf"{NT} {G2}(?:allowed|let|get|gets|given|give|gives|feed|feeds) {G2}(?:to )?(?:eat|food|water|sleep|drink|a doctor|medical|medicine|bathroom|rest)",  # noqa: E501
        r"(?:no|without) (?:food|water|sleep|medicine|doctor|medical care|meals)",
        r"starv(?:e|ing|ed)", r"barely (?:eat|eats|sleep|sleeps|fed)", r"only (?:one|1) meal",
        rf"(?:won't|doesn't|don't|never) (?:take|let) {OBJ} (?:go )?to (?:a|the) (?:doctor|hospital|clinic)",  # noqa: E501
    ),
    "child_labor": (
        rf"(?:kids|children|child|little (?:girls?|boys?)) {G3}(?:working|work|picking|selling|begging|cleaning|harvesting|in the fields)",  # noqa: E501
        r"child labou?r", rf"(?:working|selling|begging|picking) {G2}(?:kids|children|little (?:girls?|boys?))",  # noqa: E501
    ),
    "branding_tattoo": (
        r"brand(?:ed|ing)", rf"tattoo\w* {G5}(?:name|initials|barcode|crown|money|dollar|property|daddy)",  # noqa: E501
        r"property of",
    ),
    "quota": (
        r"quotas?",
        rf"(?:has|have|had|must|needs?|got) (?:to )?(?:make|bring|earn|pull|get|sell) {G2}(?:\$ ?\d[\d,]*|\d[\d,]* dollars|\d+k|a certain amount|enough) {G2}(?:a|per|every|each) (?:night|day|shift|week)",  # noqa: E501
        r"(?:can't|cannot|not allowed to) (?:come|go) (?:back|home) (?:until|unless|without) (?:she|they|we|i|he)",  # noqa: E501
        r"(?:if|when) (?:she|they|we|i|he) (?:don't|doesn't|didn't) (?:make|bring|sell|earn) (?:enough|the money)",  # noqa: E501
    ),
    "medical_emergency": (
        r"unconscious", r"passed out", r"not breathing", r"can't breathe", r"overdos\w*",
        r"bleeding", r"seizures?", r"dying", r"fainted", r"badly hurt",
        r"broken (?:arm|leg|bones?|ribs|nose|jaw)", r"needs? (?:a doctor|medical help|an ambulance)",
    ),
    "lives_at_workplace": (
        rf"(?:live|lives|living|sleep|sleeps|sleeping|stay|stays|staying) {G3}(?:at|in|inside|above|behind|in the back of|upstairs (?:at|in)|on) (?:the )?(?:work|job|store|shop|restaurant|salon|spa|massage|parlou?r|business|farm|factory|kitchen|back room|warehouse|site|ranch|club)",  # noqa: E501
        r"(?:live|lives|sleep|sleeps) where (?:she|they|we|i|he) works?",
        r"(?:mattresses|cots|beds|sleeping bags) (?:in|at) the (?:back|spa|salon|store|restaurant|shop)",  # noqa: E501
    ),
    "poor_living_conditions": (
        rf"(?:\d+|many|lots of|a lot of|too many|like \d+) {PEOPLE} {G3}(?:in|sharing|share|living in|sleep in) (?:one|a|the same|1|a single) (?:room|trailer|apartment|house|bed|bedroom)",  # noqa: E501
        r"sleep(?:s|ing)? on the floor", r"no (?:running water|heat|electricity|bathroom|toilet|beds)",  # noqa: E501
        r"filthy", r"overcrowded", r"rats", r"roaches", r"mattress(?:es)? on the floor",
    ),
    "transported_to_work": (
        rf"(?:van|bus|truck|car|driver|suv) {G5}(?:picks?|drops?|takes?|brings?|drives?) {G2}(?:up|off|to work|to the|them|her|us|back)",  # noqa: E501
        rf"(?:picked up|dropped off) {G3}(?:every|each|by)", r"driven (?:to|from) (?:work|the job|the site)",  # noqa: E501
    ),
    "excessive_hours": (
        r"(?:1[2-9]|2[0-4]|twelve|fourteen|fifteen|sixteen|eighteen|twenty) (?:hours|hour) (?:a|per|each|every) (?:day|shift|night)",  # noqa: E501
        r"(?:1[2-9]|2[0-4])-hour (?:days|shifts)", r"(?:7|seven) days a week",
        r"(?:day and night|around the clock|24/7|nonstop|without (?:a )?(?:day off|break|rest))",
        r"no days? off", r"never (?:get|gets|has|have|had) a day off",
    ),
    "high_buyer_traffic": (
        rf"(?:lots of|many|a lot of|so many|constant|different|\d+|tons of|always|all kinds of) (?:men|guys|dudes|cars|clients|customers|johns|visitors|people) {G5}(?:coming|come|comes|going|go|in and out|visit|visiting|stop by|at all hours|every night|a night|a day|per night)",  # noqa: E501
        r"in and out all (?:day|night)", r"(?:men|guys) (?:coming|going) in and out",
        rf"(?:only|just) (?:men|male) {G2}(?:customers|clients|visitors)", r"pay(?:s|ing)? at the door",
        r"(?:stay|stays) (?:for )?(?:like )?(?:\d+|a few|few) min",
    ),
    "high_security_premises": (
        rf"windows {G2}(?:barred|boarded|covered|blacked out|blacked|tinted|painted)",
        r"bars on the windows", r"(?:blacked|blacked-out|boarded|covered) windows",
        r"cameras everywhere", r"security cameras", r"buzz(?:ed|er)? in", r"guards?",
        r"bouncers?", r"barbed wire", r"back door only",
    ),
    "unusual_hours": (
        rf"(?:open|opens|work|works|working) {G3}(?:until|till|til) (?:[1-5] ?am|[1-5]|two|three|four|five|late|midnight|dawn)",  # noqa: E501
        r"(?:open|busy) (?:late|all night|24/7)", r"(?:at|all) hours", r"(?:[1-5]|2:\d\d) ?am",
        r"all night",
    ),
    "online_ad": (
        rf"(?:ads?|listings?|posted|posting|posts) {G3}(?:on|at) (?:backpage|craigslist|skipthegames|megapersonals|listcrawler|onlyfans|tryst|eros|bedpage|doublelist|adultsearch|instagram|facebook|snap|snapchat|twitter|tiktok|a website|websites?|online|the internet)",  # noqa: E501
        r"skipthegames|megapersonals|listcrawler|bedpage|backpage|adultsearch|doublelist",
        r"escort (?:ads?|sites?|website)", r"https?:",
    ),
    "online_recruitment": (
        rf"(?:met|meet|recruited|contacted|messaged|dm'?d|found|groomed) {G5}(?:on|through|via|over) (?:facebook|instagram|insta|snap|snapchat|tiktok|whatsapp|telegram|discord|online|the internet|an app|a dating (?:app|site)|tinder|grindr|roblox|fortnite|a game)",  # noqa: E501
        r"(?:job|modeling|model) (?:ad|offer|post) (?:on|online)", r"online (?:job|offer)",
    ),
    "moved_between_locations": (
        rf"(?:moved|moves|move|moving|taken|rotate[sd]?|rotating|travel|travels|traveling) {G3}(?:from (?:city|town|state|place) to|between (?:cities|states|houses|places)|every (?:few )?(?:days|weeks)|to different (?:cities|states|places|houses)|city to city|state to state|place to place)",  # noqa: E501
        r"(?:new|different) (?:girls|women|workers) every (?:week|few weeks|month)",
    ),
    "fearful_submissive": (
        r"scared", r"afraid", r"terrified", r"frightened", r"fearful", r"timid",
        r"(?:won't|doesn't|don't|wouldn't) (?:make )?eye contact", r"looks? (?:down|at the floor)",
    ),
    "scripted_answers": (
        r"scripted", r"rehearsed", r"memorized", r"same (?:story|answers?)",
        r"told what to say", r"coached", r"(?:someone|he|she) (?:else )?answers for",
    ),
    "disoriented": (
        r"(?:doesn't|don't|does not|do not|didn't) know (?:where (?:she|he|they|we|i) (?:is|are|am|was|were)|what (?:city|town|state|day)|the address|(?:her|their|his) address)",  # noqa: E501
        r"disoriented", r"confused", r"lost track of (?:time|days)",
    ),
    "romance_grooming": (
        rf"(?:boyfriend|lover|girlfriend) {G5}(?:makes|made|forces|forced|tells|told|sells|sold|pimps|pimped|sends|sent|wants) {G3}(?:sleep with|have sex|dates|men|clients|strip|escort|sell)",  # noqa: E501
        rf"(?:older|grown) (?:man|guy|men) {G3}(?:buying|buys|gives|gave|bought|giving) (?:her|them|me) (?:gifts|stuff|clothes|phones?|presents|things|money)",  # noqa: E501
        r"(?:says|said|tells|told) (?:he|she) loves? (?:her|me|them)", r"groom(?:ed|ing)", r"loverboy",  # noqa: E501
    ),
    "no_possessions": (
        r"(?:no|without) (?:belongings|possessions|luggage|personal items|money of (?:her|their|his) own)",  # noqa: E501
        r"only the clothes (?:on|they|she|he)", r"(?:owns?|has|have) nothing",
    ),
    "multiple_phones": (
        r"(?:two|2|three|3|several|multiple|many|lots of) (?:phones|cell ?phones|cells|burners?)",
        r"burner phones?",
    ),
    "self_report": (
        r"help me", r"i need help", r"i want (?:to get )?out", r"i want to (?:leave|escape|go home)",  # noqa: E501
        r"i'm being", r"i am being", r"(?:make|force|forced|made) (?:me|us) ",
        r"(?:my|our) (?:boss|employer|pimp|trafficker|manager|recruiter)",
    ),
    "remote_sexual_acts": (
        r"on camera", r"webcam", r"cam (?:shows?|sites?|girls?)", r"live ?stream\w*",
        r"video calls?", r"onlyfans", r"nudes", r"nude (?:pics|photos|videos)",
        r"sexual (?:videos|pictures|photos)", r"(?:sex|porn) videos?",
    ),
}
