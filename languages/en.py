"""English: read in full by the triage, conversed in by the bot.

Pattern tables are matched against folded text (lower case, no accents, SMS spellings expanded).
"""

from __future__ import annotations

from languages.base import Language

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
        r"offer(?:s|ed|ing)? (?:her|them|the girls?|girls) to (?:other )?(?:drivers|truckers|men|guys|clients|customers)",  # noqa: E501
        rf"forc(?:ed|es|e|ing) {OBJ}? ?(?:to )?work",
        r"takes? (?:everything|it all|all of it)",
        r"(?:keeps?|kept|takes?|took) (?:every|each) (?:dollar|cent|penny|peso)",
        rf"(?:forces?|forced|makes?|made) {G2}(?:to )?(?:go|be|sleep) (?:upstairs |in the back |to the back |to a room |alone )?with (?:the )?(?:customers|clients|johns|buyers|men|guys|strangers)",  # noqa: E501
        r"(?:sell|sells|selling|sold) (?:me|her|him|them|us|(?:his|her|their) \w+(?: \w+){0,2}) to (?:men|guys|his friends|her friends|their friends|other men|clients|customers|johns|strangers)",  # noqa: E501
        r"(?:taking|takes|took|driving|drives|walks|walking) (?:her|them|the girls) (?:from )?(?:truck|cab|car) to (?:truck|cab|car)",  # noqa: E501
        r"(?:guy|man|men|pimp|someone) (?:was |is |were |are )?watch(?:ing|es|ed) (?:her|them|the girls) (?:from|the whole|all the)",  # noqa: E501
        r"(?:takes?|took|keeps?|kept|collects?|collected) (?:all )?(?:of )?(?:the |their |her |his |all the )?(?:money|cash|earnings)\b",
        r"(?:runs|manages|posts|books) (?:her|their|the girls'?) (?:ads|dates|clients)",
        r"pimp(?:s|ed|ing)?",
        r"madam",
        r"handlers?",
        r"traffickers?",
        rf"(?:take|takes|took|keep|keeps|kept|collect|collects|gets) {G2}(?:all|most) {G2}(?:the|her|their|my|our|of the|of her|of their|of my|of our)? ?(?:money|earnings|cash|tips|pay)",  # noqa: E501
        r"(?:give|gives|hand|hands|gave) (?:him|her|them|the boss) (?:all )?(?:the|her|their|my|our) (?:money|earnings|cash)",  # noqa: E501
        r"(?:speaks|talks|answers) for (?:her|him|them|the girls|the women|the workers)",
        rf"(?:makes?|made|forces?|forced|has|have|had) {OBJ} (?:to )?(?:sleep with|have sex with|see|service|do|go on|be with) (?:men|guys|clients|customers|johns|dates|strangers)",  # noqa: E501
        rf"(?:makes?|made|forces?|forced) {OBJ} (?:to )?(?:work the (?:street|track|blade)|walk the (?:street|track|blade)|prostitute|beg|strip|dance for)",  # noqa: E501
        r"(?:sell|sells|selling|sold|rent|rents|renting|pimps? out|pimping out) (?:her|them|his daughter|her daughter|their daughter|the girls|girls|women) (?:out |to men|for sex|for money)",  # noqa: E501
        r"(?:being|been|is|was|were|are|get|gets|got) (?:sold|pimped|prostituted)(?: out)? (?:for|to|by)",  # noqa: E501
        r"(?:books|sets up|arranges|schedules) (?:her|their|the girls'?|my) (?:dates|clients|appointments|calls)",  # noqa: E501
        r"(?:never|not) (?:alone|by (?:herself|himself|themselves))",
        r"takes? (?:the|her|their|all the) money (?:from|she|they)",
        rf"(?:sell|sells|selling|sold) {OBJ} {G3}for (?:money|cash|drugs|sex)",
        r"(?:hand|hands|handing|handed|turn|turns|turned) over (?:all )?(?:of )?(?:her|their|my|our|the) (?:money|tips|earnings|cash|pay)",  # noqa: E501
        r"(?:can't|cannot|doesn't|don't|not allowed to|never) (?:get to )?keep (?:her|their|my|our|any of (?:her|their|my|our|the)|the) (?:money|earnings|tips|pay)",  # noqa: E501
        rf"(?:makes?|making|made|forces?|forcing) {OBJ} (?:go|walk|work) (?:from )?truck to truck",
    ),
    "confiscated_documents": (
        rf"(?:took|take|takes|taken|taking|keep|keeps|kept|keeping|hold|holds|held|holding|has|have|had|confiscated?|stole|steal|hid|hides|locked up|won't give back|won't return) {G2}{POSS}? ?{DOCS}",  # noqa: E501
        rf"{DOCS} (?:was|were|are|is|got|have been|has been) (?:taken|kept|held|confiscated|stolen|locked up)",  # noqa: E501
        rf"(?:took|takes|taken|kept|keeps|holds|held|has) {G3}(?:and|&) (?:my|her|his|their|our) {DOCS}",
    ),
    "debt_bondage": (
        rf"(?:pay|paying|work|working) (?:it )?off {G2}(?:plane ticket|ticket|trip|travel|transport|visa|flight|fee|costumes)",
        r"debt bondage",
        r"(?:work|working|pay|paying|paid) (?:it )?(?:off|back) (?:a |the |her |his |their |my |our )?debts?",  # noqa: E501
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
        r"(?:never|don't|doesn't|do not|does not) (?:leave|leaves|go out|goes out)(?: the (?:house|building|place|farm|property|apartment))?(?: (?:alone|by (?:herself|himself|themselves)))?",  # noqa: E501
        r"(?:always|constantly) (?:watched|escorted|followed|monitored|guarded)",
        r"not free to (?:leave|go)",
        rf"{NT} (?:be )?(?:allowed|permitted|let) (?:out|outside)\b",
        rf"keeps? {OBJ} from leaving",
        r"(?:have|has) to ask (?:permission|the boss) to (?:leave|go out)",
    ),
    "confinement": (
        rf"lock(?:ed|s)? {G5}in (?:the |a |his |her |their )?(?:[\w']+ )?(?:room|basement|closet|house|van|trailer|shed|bathroom|cage|storeroom|attic)",  # noqa: E501
        rf"(?:locked|lock|locks|locking) {G3}(?:in|inside|up|away)\b",
        r"chained",
        r"chains",
        rf"(?:kept|keep|keeps|held|hold|holds|holding) {G2}(?:in|inside) (?:a|the) (?:room|basement|house|trailer|shed|van|truck|apartment|garage|warehouse|closet|cage)",  # noqa: E501
        r"(?:being )?held captive",
        r"captive",
        r"kidnapp?(?:ed|ing)",
        r"trapped",
        r"being held",
        r"can't get out",
        r"tied up",
    ),
    "threats_of_violence": (
        rf"(?:hurt|kill|harm|beat) {G2}(?:their|her|his|my|our) (?:famil(?:y|ies)|kids|children|mom|mother|parents)",
        rf"threat(?:en|ens|ened|ening|s)? {G5}(?:kill|hurt|beat|harm|cut|shoot|stab|family|kids|children)",  # noqa: E501
        rf"(?:said|says|told|tells|say) {G3}(?:will|would|going to|gonna) (?:kill|hurt|beat|harm|shoot|stab)",  # noqa: E501
        rf"(?:will|would|going to|gonna) (?:kill|hurt|beat|harm|shoot|stab) {OBJ}",
        r"(?:kill|hurt|harm) (?:my|her|his|their|our) (?:family|kids|children|mom|mother|son|daughter)",  # noqa: E501
        rf"threat(?:en|ens|ened|ening) {OBJ}(?! {G3}(?:ice|immigration|deport|police|post|photos|pictures|videos))",  # noqa: E501
    ),
    "threats_of_deportation": (
        rf"(?:will|'ll|gonna|going to|would|threat\w*|says?|said) {G2}send {OBJ} back",
        rf"(?:threat\w*|says?|said|will|gonna|going to|would) {G5}(?:report|turn in) {OBJ} to (?:the )?(?:ice|immigration|migra|la migra|border patrol)",  # noqa: E501
        rf"(?:threat\w*|says?|said|will|gonna|going to|would) {G5}(?:call|report|turn {OBJ} in to|send {OBJ} to) (?:the )?(?:ice|immigration|migra|la migra|border patrol)",  # noqa: E501
        rf"(?:threat\w*|will|gonna|going to|would) {G3}(?:get|have)? ?{OBJ}? ?deport(?:ed)?",
        r"(?:get|have) (?:me|her|him|us|them) deported",
    ),
    "threats_of_exposure": (
        rf"(?:threat\w*|will|gonna|going to|would|says|said) {G5}(?:post|share|send|show|leak|release|put) {G3}(?:pictures|photos|pics|videos?|nudes)",  # noqa: E501
        r"sextort\w*",
        r"blackmail\w*",
        rf"expose {OBJ}",
        rf"(?:threat\w*|will|would) {G3}tell (?:my|her|his|their) (?:family|parents|husband|wife|church)",  # noqa: E501
    ),
    "signs_of_abuse": (
        r"bruis(?:e|es|ed|ing)",
        r"black eyes?",
        r"burn marks",
        r"cigarette burns",
        r"scars",
        r"busted lip",
        r"swollen (?:face|eye|eyes|lip)",
        r"injur(?:ed|ies)",
        rf"(?:beat|beats|beaten|beating|hits|hit|hitting|punch\w*|kick\w*|slap\w*|chok\w*|whip\w*|abus\w+) {OBJ}",  # noqa: E501
        r"(?:is|was|were|are|get|gets|got|been|being) (?:beaten|hit|abused|punched|kicked|slapped|choked|burned|whipped)",  # noqa: E501
        r"physically abus\w*",
    ),
    "sexual_violence": (
        r"rap(?:e|ed|es|ing|ist)",
        r"sexually (?:assault|abus)\w*",
        r"molest\w*",
        rf"forc(?:e|es|ed|ing) {OBJ} to have sex",
        r"forced sex",
    ),
    "weapon": (
        r"guns?",
        r"pistols?",
        r"rifles?",
        r"knife",
        r"knives",
        r"machetes?",
        r"armed",
        r"firearms?",
        r"weapons?",
        r"shotguns?",
        r"glock",
    ),
    "unpaid_wages": (
        r"(?:work\w*|clean\w*|cook\w*|serv\w*|labou?r\w*) [^.\n]{0,60}for (?:free|nothing|no pay)",
        r"pays? (?:\w+ )?(?:only |just )?\$ ?\d+ (?:a|per) (?:week|month)",
        rf"{NT} {G2}(?:been |ever |even |get |gets |got |getting |receive |received )?(?:paid|pay (?:us|them|her|me|him|anything|(?:the|its|their|his|her) (?:workers|employees|staff|people)))(?! (?:on time|overtime|yet|late|for overtime|extra))",  # noqa: E501
        r"(?:no|without) (?:pay|wages|salary|money)(?! (?:for overtime|on time))",
        r"(?:holds?|holding|held|keeps?|keeping) (?:all )?(?:their|our|my|his|her|the) (?:pay|wages|money|checks?|paychecks?) (?:for (?:safe ?keeping|them|us)|until)",  # noqa: E501
        r"(?:haven'?t|havent|hasn'?t|hasnt|never|not) (?:seen|gotten|got|received|been paid) (?:a|one) (?:dollar|cent|penny|paycheck)",  # noqa: E501
        r"(?:work|works|working|worked) for (?:free|nothing|food|no money|room and board|just food|tips only)",  # noqa: E501
        rf"(?:work\w*|clean\w*|cook\w*|sew\w*|pick\w*|serv\w*|labou?r\w*) {G3}for (?:free|nothing|no pay)",  # noqa: E501
        r"(?:keeps?|kept|takes?|took) (?:all )?(?:our|my|their|her|his|the) (?:wages|pay|paychecks?|salary)",  # noqa: E501
        r"pays? (?:us|them|me|her|him) (?:only |just )?(?:\$ ?\d+|\d+ dollars|a few dollars|almost nothing|nothing|pennies)(?: (?:a|per) (?:day|week|month))?",  # noqa: E501
        r"(?:withhold|withholds|withholding|holds back|held back) (?:our|my|their|her|his|the)? ?(?:pay|wages|salary)",  # noqa: E501
        r"(?:months|weeks) without (?:pay|being paid)",
        r"unpaid(?! overtime)",
    ),
    "recruitment_fraud": (
        rf"(?:offered|promised) {G5}(?:job|work)[^.\n]{{0,60}}(?:but|when (?:i|we|she|they) (?:got|arrived))",  # noqa: E501
        rf"promis(?:ed|ing) {G5}(?:job|work|pay|visa|papers|school|modeling|waitress|nanny|money|wages)",  # noqa: E501
        r"(?:job|work|it|offer) (?:was|turned out to be) (?:fake|a lie|a scam|different|not what)",
        r"fake (?:job|ad|offer|modeling|agency|recruiter)",
        r"lied about (?:the|her|our) (?:job|work|pay)",  # noqa: E501
        r"bait and switch",
        r"(?:tricked|lied to|deceived) (?:her|them|me|us|him)",
    ),
    "isolation": (
        r"(?:never|don't|doesn't|can't|cannot|not allowed to) (?:talk|speak) to (?:anyone|anybody|no one|nobody|outsiders|customers|us)",  # noqa: E501
        rf"{NT} (?:be )?(?:allowed|able|let) (?:to )?(?:talk|speak|call|contact|see|text|visit|use (?:a|the|her|their|my) phone)",  # noqa: E501
        rf"(?:won't|don't|doesn't|never) let {OBJ} (?:talk|speak|call|contact|see|text|visit)",
        r"(?:took|takes|take|keeps?|kept|taken) (?:away )?(?:her|their|my|our|his) (?:phones?|cell ?phones?|cells?)",  # noqa: E501
        r"no contact with (?:family|anyone|anybody|the outside)",
        r"cut off from",
        r"isolat(?:ed|ion|es)",
    ),
    "forced_criminality": (
        rf"(?:forc\w+|makes?|made) {OBJ}? ?(?:to )?(?:sell|deliver|carry|move|run|transport|smuggle|grow) (?:drugs|dope|meth|weed|coke|fentanyl|pills)",  # noqa: E501
        r"(?:sell|selling|deliver|delivering|carry|carrying) drugs for (?:him|her|them|the)",
        rf"(?:forc\w+|makes?|made) {OBJ}? ?(?:to )?(?:steal|shoplift|pickpocket|rob)",
        r"drug mules?",
        r"grow house",
    ),
    "deprivation": (
        rf"{NT} {G2}(?:allowed|let|get|gets|given|give|gives|feed|feeds) {G2}(?:to )?(?:eat|food|water|sleep|drink|a doctor|medical|medicine|bathroom|rest)",  # noqa: E501
        r"(?:no|without) (?:food|water|sleep|medicine|doctor|medical care|meals)",
        r"starv(?:e|ing|ed)",
        r"barely (?:eat|eats|sleep|sleeps|fed)",
        r"only (?:one|1) meal",
        rf"(?:don't|doesn't|didn't|never|won't|barely|hardly) (?:feed|feeds|fed) {OBJ}",
        rf"(?:won't|doesn't|don't|never) (?:take|let) {OBJ} (?:go )?to (?:a|the) (?:doctor|hospital|clinic)",  # noqa: E501
    ),
    "child_labor": (
        rf"(?:kids|children|child|little (?:girls?|boys?)) {G3}(?:working|work|picking|selling|begging|cleaning|harvesting|in the fields)",  # noqa: E501
        r"child labou?r",
        r"work\w*[^.\n]{0,80}(?:don't|doesn't|never|can't|aren't allowed to|isn't allowed to) (?:go|goes|attend|attends) (?:to )?school",  # noqa: E501
        r"(?:instead of|not in|skip(?:ping)?|miss(?:ing)?) school[^.\n]{0,40}(?:to |and )?work\w*",
        rf"(?:working|selling|begging|picking) {G2}(?:kids|children|little (?:girls?|boys?))",  # noqa: E501
    ),
    "branding_tattoo": (
        r"brand(?:ed|ing)",
        rf"tattoo\w* {G5}(?:name|initials|barcode|crown|money|dollar|property|daddy)",  # noqa: E501
        r"property of",
        rf"(?:name|initials) {G2}tattoo\w*",
    ),
    "quota": (
        r"quotas?",
        rf"(?:has|have|had|must|needs?|got) (?:to )?(?:make|bring|earn|pull|get|sell) {G2}(?:\$ ?\d[\d,]*|\d[\d,]* dollars|\d+k|a certain amount|enough) {G2}(?:a|per|every|each) (?:night|day|shift|week)",  # noqa: E501
        r"(?:can't|cannot|not allowed to) (?:come|go) (?:back|home) (?:until|unless|without) (?:she|they|we|i|he)",  # noqa: E501
        r"(?:if|when) (?:she|they|we|i|he) (?:don't|doesn't|didn't) (?:make|bring|sell|earn) (?:enough|the money)",  # noqa: E501
    ),
    "medical_emergency": (
        r"unconscious",
        r"passed out",
        r"not breathing",
        r"can't breathe",
        r"overdos\w*",
        r"bleeding",
        r"seizures?",
        r"dying",
        r"fainted",
        r"unresponsive",
        r"(?:not|isn't|won't|wouldn't|can't get (?:her|him|them) to) wak(?:e|ing) up",
        r"badly hurt",
        r"broken (?:arm|leg|bones?|ribs|nose|jaw)",
        r"needs? (?:a doctor|medical help|an ambulance)",  # noqa: E501
    ),
    "lives_at_workplace": (
        rf"(?:live|lives|living|sleep|sleeps|sleeping) {G2}(?:in|at) (?:his|her|their|the|a) (?:garage|basement|shed|barn|warehouse)",  # noqa: E501
        r"(?:seem to |seems to |appear to |appears to )?(?:live|lives|sleep|sleeps) (?:there|in the back|at work)",  # noqa: E501
        rf"(?:live|lives|living|sleep|sleeps|sleeping) {G2}(?:in|at) (?:the|a) (?:basement|shed|barn|bunkhouse|containers?|trailer|dorms?|back)",
        r"(?:live|lives|sleep|sleeps) in containers",
        rf"(?:live|lives|living|sleep|sleeps|sleeping|stay|stays|staying) {G3}(?:at|in|inside|above|behind|in the back of|upstairs (?:at|in)|on) (?:the )?(?:work|job|store|shop|restaurant|salon|spa|massage|parlou?r|business|farm|factory|kitchen|back room|warehouse|site|ranch|club)",  # noqa: E501
        r"(?:live|lives|sleep|sleeps) where (?:she|they|we|i|he) works?",
        r"(?:mattresses|cots|beds|sleeping bags) (?:in|at) the (?:back|spa|salon|store|restaurant|shop)",  # noqa: E501
    ),
    "poor_living_conditions": (
        rf"(?:\d+|many|lots of|a lot of|too many|like \d+) {PEOPLE} {G3}(?:in|sharing|share|living in|sleep in) (?:one|a|the same|1|a single) (?:\d+[- ]?(?:bedroom|br|bed|room) |small |tiny )?(?:room|trailer|apartment|house|bed|bedroom)",  # noqa: E501
        r"sleep(?:s|ing)? on the floor",
        r"no (?:running water|heat|electricity|bathroom|toilet|beds)",  # noqa: E501
        r"filthy",
        r"overcrowded",
        r"rats",
        r"roaches",
        r"mattress(?:es)? on the floor",
    ),
    "transported_to_work": (
        rf"(?:van|bus|truck|car|driver|suv) {G5}(?:picks?|drops?|takes?|brings?|drives?) {G2}(?:up|off|to work|to the|them|her|us|back)",  # noqa: E501
        rf"(?:picked up|dropped off) {G3}(?:every|each|by)",
        r"(?:man|guy|someone|boss|driver|woman|lady) (?:drives|picks up|drops off|takes|brings) (?:them|her|the girls|the workers|the women|the men|us) (?:to|from|up|off)",  # noqa: E501 r"driven (?:to|from) (?:work|the job|the site)",  # noqa: E501
    ),
    "excessive_hours": (
        r"never (?:have|has|get|gets) (?:a )?days? off",
        r"(?:1[2-9]|2[0-4]|twelve|fourteen|fifteen|sixteen|eighteen|twenty) (?:hours|hour) (?:a|per|each|every) (?:day|shift|night)",  # noqa: E501
        r"(?:1[2-9]|2[0-4])-hour (?:days|shifts)",
        r"(?:7|seven) days a week",
        r"(?:day and night|around the clock|24/7|nonstop|without (?:a )?(?:day off|break|rest))",
        r"no days? off",
        r"never (?:get|gets|has|have|had) a day off",
    ),
    "high_buyer_traffic": (
        rf"(?:lots of|many|a lot of|so many|constant|different|\d+|tons of|always|all kinds of) (?:men|guys|dudes|cars|clients|customers|johns|visitors|people) {G5}(?:coming|come|comes|going|go|in and out|visit|visiting|stop by|at all hours|every night|a night|a day|per night)",  # noqa: E501
        r"in and out all (?:day|night)",
        r"(?:men|guys) (?:coming|going) in and out",
        rf"(?:only|just) (?:men|male) {G2}(?:customers|clients|visitors)",
        r"(?:men|male) only",
        r"pay(?:s|ing)? at the door",  # noqa: E501
        r"(?:stay|stays) (?:for )?(?:like )?(?:\d+|a few|few) min",
    ),
    "high_security_premises": (
        rf"windows {G2}(?:barred|boarded|covered|blacked out|blacked|tinted|painted)",
        r"bars on the windows",
        r"(?:blacked|blacked-out|boarded|covered) windows",
        r"cameras everywhere",
        r"security cameras",
        r"buzz(?:ed|er)? in",
        r"guards?",
        r"bouncers?",
        r"barbed wire",
        r"back door only",
    ),
    "unusual_hours": (
        rf"(?:open|opens|work|works|working) {G3}(?:until|till|til) (?:[1-5] ?am|[1-5]|two|three|four|five|late|midnight|dawn)",  # noqa: E501
        r"(?:open|busy) (?:late|all night|24/7)",
        r"(?:at|all) hours",
        r"(?:[1-5]|2:\d\d) ?am",
        r"all night",
    ),
    "online_ad": (
        rf"(?:ads?|listings?|posted|posting|posts) {G3}(?:on|at) (?:backpage|craigslist|skipthegames|megapersonals|listcrawler|onlyfans|tryst|eros|bedpage|doublelist|adultsearch|instagram|facebook|snap|snapchat|twitter|tiktok|a website|websites?|online|the internet)",  # noqa: E501
        r"(?:posting|posts|posted) (?:\w+ )?ads",
        r"skipthegames|megapersonals|listcrawler|bedpage|backpage|adultsearch|doublelist",  # noqa: E501
        r"escort (?:ads?|sites?|website)",
        r"https?:",
    ),
    "online_recruitment": (
        rf"(?:met|meet|recruited|contacted|messaged|dm'?d|found|groomed) {G5}(?:on|through|via|over) (?:facebook|instagram|insta|snap|snapchat|tiktok|whatsapp|telegram|discord|online|the internet|an app|a dating (?:app|site)|tinder|grindr|roblox|fortnite|a game)",  # noqa: E501
        r"(?:job|modeling|model) (?:ad|offer|post) (?:on|online)",
        r"online (?:job|offer)",
    ),
    "moved_between_locations": (
        rf"(?:moved|moves|move|moving|taken|rotate[sd]?|rotating|travel|travels|traveling) {G3}(?:from (?:city|town|state|place) to|between (?:cities|states|houses|places)|every (?:few )?(?:days|weeks)|to different (?:cities|states|places|houses)|city to city|state to state|place to place)",  # noqa: E501
        r"(?:new|different) (?:girls|women|workers) every (?:week|few weeks|month)",
    ),
    "fearful_submissive": (
        r"scared",
        r"afraid",
        r"terrified",
        r"frightened",
        r"fearful",
        r"timid",
        r"(?:won't|doesn't|don't|wouldn't) (?:make )?eye contact",
        r"looks? (?:down|at the floor)",
    ),
    "scripted_answers": (
        r"scripted",
        r"rehearsed",
        r"memorized",
        r"same (?:story|answers?)",
        r"told what to say",
        r"coached",
        r"(?:someone|he|she) (?:else )?answers for",
    ),
    "disoriented": (
        r"(?:doesn't|don't|does not|do not|didn't) know (?:where (?:she|he|they|we|i) (?:is|are|am|was|were)|what (?:city|town|state|day)|the address|(?:her|their|his) address)",  # noqa: E501
        r"disoriented",
        r"confused",
        r"lost track of (?:time|days)",
    ),
    "romance_grooming": (
        rf"(?:boyfriend|lover|girlfriend) {G5}(?:makes|made|forces|forced|tells|told|sells|sold|pimps|pimped|sends|sent|wants) {G3}(?:sleep with|have sex|dates|men|clients|strip|escort|sell)",  # noqa: E501
        rf"(?:older|grown) (?:man|guy|men) {G3}(?:buying|buys|gives|gave|bought|giving) (?:her|them|me) (?:gifts|stuff|clothes|phones?|presents|things|money)",  # noqa: E501
        r"(?:says|said|tells|told) (?:he|she) loves? (?:her|me|them)",
        r"groom(?:ed|ing)",
        r"loverboy",  # noqa: E501
    ),
    "no_possessions": (
        r"(?:no|without) (?:belongings|possessions|luggage|personal items|money of (?:her|their|his) own)",  # noqa: E501
        r"only the clothes (?:on|they|she|he)",
        r"(?:owns?|has|have) nothing",
    ),
    "multiple_phones": (
        r"(?:two|2|three|3|several|multiple|many|lots of) (?:phones|cell ?phones|cells|burners?)",
        r"burner phones?",
    ),
    "self_report": (
        r"help me",
        r"i need help",
        r"i want (?:to get )?out",
        r"i want to (?:leave|escape|go home)",  # noqa: E501
        r"i'm being",
        r"i am being",
        r"(?:make|force|forced|made) (?:me|us) ",
        r"(?:my|our) (?:boss|employer|pimp|trafficker|manager|recruiter)",
    ),
    "remote_sexual_acts": (
        r"on camera",
        r"webcam",
        r"cam (?:shows?|sites?|girls?)",
        r"live ?stream\w*",
        r"video calls?",
        r"onlyfans",
        r"nudes",
        r"nude (?:pics|photos|videos)",
        r"sexual (?:videos|pictures|photos)",
        r"(?:sex|porn) videos?",
    ),
}

NOW = r"(?:right now|now|currently|at the moment|as we speak|tonight|this minute|immediately|asap|this second)"  # noqa: E501

# Up to five words that do not turn to another time ("right now ... but last night ...").
SAME_CLAUSE = r"(?:(?!(?:but|last|yesterday|ago|before|used)\b)[\w']+ ){0,5}"

DANGER: tuple[str, ...] = (
    # Told through the situation: chained or locked in tonight, coughing blood with no doctor,
    # taken away tonight, a threat of harm if they are caught asking for help.
    rf"(?:tonight|right now|just now) {SAME_CLAUSE}(?:chained|locked|tied up|tied|handcuffed|beat|beating|hit|hitting)",
    r"(?:coughing|throwing|vomiting|spitting) (?:up )?blood",
    r"(?:tonight|right now) (?:he|she|they|i|we)(?:'s|'re|'m| is| are| am)? (?:going|leaving|being (?:taken|moved|sent|sold))",
    rf"if (?:he|she|they) (?:sees?|catch(?:es)?|finds? out|hears?) {G5}(?:he|she|they)(?:'ll| will| would|'d) (?:hurt|kill|beat|hit) (?:me|us)",
    r"(?:there's|there is|theres) (?:smoke|a fire|fire)",
    r"(?:is|are|[a-z]+'s|[a-z]+'re) on fire",
    rf"(?:dragged|pulled|forced|threw|pushed|shoved|grabbed) (?:her|him|them|me|us|a (?:girl|woman|kid|child|boy)) {G2}into (?:a|the|his|their|an) (?:back of (?:a|the|his|their|an) )?(?:car|truck|van|trunk|suv)",  # noqa: E501
    r"(?:is|are|[a-z]+'s|[a-z]+'re) driving (?:off|away) with (?:her|him|them)",
    rf"(?:beat|beaten|hit|hurt|stabbed|shot|kicked) {G5}(?:can't|cannot|couldn't|can not) (?:stand|walk|move|get up|breathe)",  # noqa: E501
    rf"(?:won't|wouldn't|don't|doesn't|refuses? to|refused to) (?:let {OBJ} go|take {OBJ}) to (?:the |a )?(?:hospital|doctor|er|clinic)",  # noqa: E501
    r"(?:coming|come|comes) back with (?:a |his |the )?(?:gun|knife|weapon|machete)",
    r"(?:stopped|stops) breathing",
    r"on the (?:ground|floor)[^.\n]{0,30}(?:not moving|isn't moving|won't move|can't move|not breathing)",  # noqa: E501
    r"(?:not|isn't|aren't) moving (?:or|and|nor) (?:not )?(?:breathing|talking|responding)",
    rf"just (?:hit|beat|attacked|punched|kicked|beat up|slashed|burned) {OBJ}",
    r"(?:is|are|[a-z]+'s|[a-z]+'re) unresponsive",
    r"(?:isn't|is not|aren't|are not|won't|wouldn't|not) (?:waking|wake) up",
    r"just (?:stabbed|shot|raped)",
    r"(?:is|are|[a-z]+'s|[a-z]+'re) (?:driving|taking|moving|transporting|shipping) (?:me|us|her|him|them|the (?:girls|women|workers|kids)) (?:to|across|out)",  # noqa: E501
    r"(?:is|are|[a-z]+'s|[a-z]+'re) (?:beating|hitting|punching|kicking|choking|hurting) (?:a|the) (?:little |small )?(?:kid|child|girl|boy|baby|woman)",  # noqa: E501
    r"sos",
    r"save (?:me|us)",
    r"get (?:me|us) out",
    r"come get (?:me|us)",
    r"(?:the |my |our )?door(?:'s|s)? (?:is )?(?:cracking|breaking|giving way|coming down)",
    r"(?:kicking|breaking|banging|pounding) (?:in |on |down )?(?:the|my|our) door",
    r"rescue (?:me|us)",
    r"send (?:the )?(?:police|cops|help)",
    r"(?:i|we) need (?:the )?police",
    rf"(?:help me|help us|please help|someone help|help)[ ,!]*(?:{G5})?(?:{NOW}|hurry|quick|they're coming|he's coming|(?:he|she|they) (?:is|are) coming|i'm scared|i am scared|scared|going to kill|gonna kill)",  # noqa: E501
    r"^\W*(?:please |pls )?help(?: me| us)?(?: please| pls| now)?\W*$",
    r"help(?: me| us)? ?!{2,}",
    rf"(?:i am|i'm|we are|we're|she is|she's|he is|he's|they are|they're|is|are|been) {G2}(?:locked|chained|tied up|trapped|being held|held captive)(?! {G3}(?:every|at night|each night|when))",  # noqa: E501
    rf"(?:locked|chained|tied|trapped|held) {G5}{NOW}",
    r"(?:locked|lock) (?:me|us) (?:in|up)",
    # "they locked a girl in the back room of the motel right now": someone shut in, then a now
    # in the same sentence, however long the place between.
    rf"(?:locked|chained|tied up|shut) (?:a |an |the |two |three |some |this )?(?:girls?|women|woman|kids?|boys?|child|children|workers?|people|{OBJ}) (?:in|up|inside)\b(?:(?!(?:but|last|yesterday|ago|before|used|every|each)\b)[^.\n]){{0,60}}\b{NOW}",  # noqa: E501
    rf"(?:sell|selling|sold|move|moving|moved|take|taking|taken|ship|shipping|transport\w*|transfer\w*|drive|driving|abandon\w*|dump\w*) {OBJ} {G5}(?:tonight|today|tomorrow morning|in (?:an|one|a few|two|\d+) (?:hours?|minutes?)|in a bit|this (?:morning|afternoon|evening))",  # noqa: E501
    r"(?:unconscious|not breathing|passed out|overdos\w*|bleeding (?:out|a lot|badly|heavily)|having a seizure|dying|can't breathe|stabbed|been shot|just shot)",  # noqa: E501
    rf"(?:is|are|[a-z]+'s|[a-z]+'re|keeps?) (?:beating|hitting|punching|kicking|choking|strangling|raping|stabbing|attacking|hurting) {OBJ}",  # noqa: E501
    rf"(?:beating|hitting|choking|hurting|raping|attacking) {G3}{NOW}",
    rf"(?:has|have|got|holding|pointing|pulled) (?:a )?(?:gun|knife|weapon|machete|pistol) (?:to|at|on) {OBJ}",  # noqa: E501
    rf"(?:going to|gonna|about to|trying to) (?:kill|shoot|stab) {OBJ}",
    r"(?:has|have|got|with|holding) (?:a |his |the )?(?:gun|knife|machete|pistol)[^.\n]{0,40}(?:says?|said|saying|threaten\w*) (?:he|she|they)(?:'ll| will| would| is going to| are going to) (?:kill|shoot|stab)",  # noqa: E501
    r"(?:is|are|[a-z]+'s|[a-z]+'re|i'm|i am|we're|we are) (?:going to|gonna|about to) die(?! of| laughing)",  # noqa: E501
    r"(?:am|are|is|[a-z]+'m|[a-z]+'re|[a-z]+'s) in danger(?! of losing)",
    r"(?:my|her|his|their) li(?:fe|ves) (?:is|are) in danger",  # noqa: E501
    r"fear for (?:my|her|his|their|our) li(?:fe|ves)",
    rf"(?:kill|hurt|beat|sell) {OBJ} {G3}{NOW}",
)

# A harm that puts someone at risk if it is happening now ...
HARM: tuple[str, ...] = (
    r"knife",
    r"guns?",
    r"pistol",
    r"machete",
    r"chasing",
    r"dragging",
    r"burning",
    r"bleeding",
    r"choking",
    r"strangling",
    r"stabbing",
    r"(?:being|getting) (?:beaten|beat up|hit|hurt|attacked|raped|stabbed|choked|strangled|tortured|burned|kicked|punched|dragged)",  # noqa: E501
    r"(?:can't|cannot|can not) (?:get out|escape|leave the room)(?! of)",
    r"(?:on|onto|in|into) (?:a|the) (?:bus|van|truck|plane|boat|car) (?:to|for|out)",
    r"(?:pushing|shoving|forcing|throwing|pulling) (?:\w+ ){0,4}(?:into|in) (?:a|the|his|their) (?:van|car|truck|trunk)",  # noqa: E501
    rf"(?:putting|taking|moving|shipping|driving) {OBJ} {G2}(?:to|on|away)",
    rf"(?:kill|sell|take) {OBJ}",
)
# ... and the words that say it is now or about to be.
IMMINENT: tuple[str, ...] = (
    r"now",
    r"right now",
    r"tonight",
    r"in (?:an|one|a|a few|\d+|two|ten|twenty|thirty) (?:hours?|minutes?|mins)",
    r"hurry",
    r"asap",
    r"911",
    r"(?:please |pls )?help(?: me| us)?(?: please| pls)?",
    r"save (?:me|us)",
    r"(?:is|are|[a-z]+'s|[a-z]+'re) (?:chasing|dragging|putting|taking|moving|burning|choking)",
)

SAFE: tuple[str, ...] = (
    r"(?:i'm|i am|we're|we are|she's|she is|he's|he is|they're|they are) (?:ok|okay|fine|safe|alright|all right)(?: right)?(?: now| for now)?",  # noqa: E501
    r"(?:not|no one is|nobody is|no one's) in (?:any )?(?:immediate )?danger",
)

NEGATION = r"no|not|never|nobody|none|no one|neither|nor|without|\w*n't"
HEDGE = r"not sure|no idea|don't know|do not know|not certain|wonder"
HYPOTHETICAL = r"what if|if someone|if somebody|if a person|if an? (?:employer|boss|man|woman|girl|worker)|would it be|hypothetical\w*|suppose|imagine|let's say|in general|is it (?:illegal|legal|a crime|trafficking)|what (?:happens|should i do) if|how (?:do|can) (?:i|you) (?:tell|know|spot|recognize)|(?:what are|know) the signs|signs of (?:human )?trafficking"  # noqa: E501
OWN_SITUATION = r"my|our|mine|me"

CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (
        # Men paying someone for time with a person, and shows or "content" sold for money.
        rf"(?:men|guys|drivers|truckers|customers|clients|people|johns) {G3}(?:give|gives|gave|pay|pays|paid|hand|hands) (?:him|her|them|the \w+|his \w+|her \w+) {G2}(?:money|cash|\$)",
        rf"(?:men|guys|drivers|truckers|strangers|\d+|two|three|several|different) {G2}(?:drivers|men|guys|truckers)? ?(?:went|go|goes|going|came|come) (?:in|into|inside) (?:the|her|his|their) (?:cab|truck|room|car|cars|van|trailer)",
        r"(?:goes|go|going|went|gets|get|getting|got) (?:in|into) (?:their|the men's|men's|different) (?:cars|trucks|cabs|rooms)",
        rf"(?:sells?|selling|sold) {G2}'?(?:content|videos|pics|photos|shows)",
        r"(?:live|private|cam|webcam) (?:shows?|streams?|videos?) {G5}(?:pay|paid|pays|money|cash|tips|tokens)",
        rf"(?:pay|paid|pays|paying) {G3}(?:for|to watch) {G2}(?:live )?(?:shows?|streams?)",
        r"touch\w* (?:her|him|them|me) for (?:money|cash|drugs)",
        rf"lets? (?:men|guys|other men|his friends|strangers) {G3}for (?:money|cash|drugs)",
        r"go(?:es|ing)? upstairs with (?:them|customers|clients|men|guys)",
        rf"go(?:es|ing)? (?:upstairs|to the back|in the back|to a room) {G3}for (?:money|cash|\$)",
        r"(?:money|cash|pays?|paid|paying|gift ?cards?|gifts?|robux|v-?bucks) (?:[\w']+ ){0,3}(?:for|to) (?:make|making|send|sending|do|doing|film|filming|take|taking) (?:[\w']+ )?(?:videos?|pics|photos|pictures|shows?|nudes)",  # noqa: E501
        r"(?:money|cash) (?:she|they|the girls?|the women|he) (?:makes?|made|gets?|got|earns?|earned) (?:from|off|with) (?:the )?(?:guys|men|johns|clients|customers|dates|drivers|truckers)",  # noqa: E501
        r"(?:getting|gets|get|goes|going|go|climbing|climbs) in and out of (?:the |different |men's )?(?:trucks|cars|rigs|cabs|semis)",  # noqa: E501
        r"(?:money|cash|\$ ?\d+)[^.\n]{0,40}\bto (?:let (?:him|them|men|a man|the man|his friends) )?(?:be|stay|sleep|spend (?:time|the night)) (?:alone )?with (?:her|him|them|the \w+|her \w+|his \w+|their \w+)",  # noqa: E501
        rf"(?:forces?|forced|makes?|made) {G2}(?:to )?(?:go|be) (?:upstairs |in the back |to the back |to a room |alone )?with (?:the )?(?:customers|clients|johns|buyers|men)",  # noqa: E501
        r"(?:post|posts|posting) (?:ads|an ad) (?:and|to) (?:see|meet) (?:guys|men|clients|johns)",
        rf"(?:takes?|took|drives?|drove|brings?|brought|sends?|sent) {OBJ} {G3}to (?:meet|see|sleep with|be with) (?:men|guys|clients|customers|johns|strangers)",  # noqa: E501
        r"offer(?:s|ed|ing)? (?:her|them|the girls?|girls) to (?:other )?(?:drivers|truckers|men|guys|clients|customers)",  # noqa: E501
        rf"(?:makes?|made|forces?|forced|has) {OBJ} (?:to )?(?:meet|see|go with|be with|go out with|go upstairs with|go in the back with) (?:the )?(?:men|guys|older men|strangers|clients|customers|johns|buyers)",  # noqa: E501
        r"(?:takes?|took|keeps?|kept) (?:our|her|their|the|all the|all our|all her) money from (?:the )?(?:clients|customers|johns|men|dates|guys)",  # noqa: E501
        rf"(?:men|guys|johns) {G2}(?:come|coming|visit\w*|show up) {G2}at night",
        r"danc(?:e|es|ing|er|ers) (?:at|in) (?:a |the )?(?:[\w']+ ){0,2}(?:clubs?|bars?|lounges?)",
        rf"(?:sell|sells|selling|sold|rent\w*|pimp\w*) {G3}(?:daughters?|sons?|girls?|wife|sisters?|nieces?|cousins?|kids?|child|children) {G2}to (?:men|guys|clients|customers|johns|his friends|other men|strangers)",  # noqa: E501
        rf"(?:girls|women|her|them|she|they) {G5}(?:are |is )'?for rent",
        r"(?:being|been|is|are|was|were|get|gets|got) (?:sold|pimped|prostituted)",
        r"sold (?:online|on (?:a |some |the |those )?(?:websites?|sites?|apps?|internet))",
        r"(?:truck|cab|car) to (?:truck|cab|car)",
        r"(?:runs|posts|post|posting|posted|puts|put) (?:her|their|his|them|my|the girls'?) (?:ads?|pics|photos)",
        r"posts? (?:her|them|me|the girls) (?:on|online)",
        r"(?:escort|dating|sugar|those|hookup) (?:sites?|apps?|ads?)",
        rf"(?:cars?|trucks?|men|guys|drivers) {G2}(?:pull|pulls|pulling|pulled) up",
        r"(?:takes?|took|taking) (?:the |all the |all her |her )?(?:cash|money) (?:off|from) (?:her|them|the girls?|the women)",  # noqa: E501
        r"(?:steady |constant |a )?(?:line|stream|parade) of (?:men|guys)",
        r"comes? back (?:like |about )?\d+ ?(?:min|mins|minutes) later",
        r"offer(?:s|ed|ing)? (?:a |the |some |his |young )?(?:girls?|women|woman|her|them|boys?) (?:for|to) (?:\$|money|cash|men|drivers|truckers|guys|sale)",  # noqa: E501
        rf"(?:videos?|pics|pictures|photos|shows?|stuff|things|parties|favou?rs) {G3}for (?:money|cash|\$|drugs|gifts)",
        r"\$ ?\d+ (?:for|per|a) (?:each |every )?(?:video|pic|photo|show|date|hour|session|night)",
        r"private (?:shows|dances|sessions|parties)",
        rf"offer(?:ing|s|ed)? {G2}'?(?:company|dates|a good time|services|sex)",
        r"(?:brings?|brought|bringing) (?:men|guys|johns|clients|customers)",
        rf"collect(?:s|ed|ing)? {G3}money from (?:the |their |her )?(?:men|guys|visitors|clients|customers|johns|drivers|truckers)",
        r"(?:her|their) visitors",
        r"danc(?:es|ing|er|ers) (?:at|in) (?:a |the )?(?:[\w']+ ){0,2}(?:club|bar|lounge)",
        rf"sex {G3}for (?:money|cash|\$|drugs|rent|a place|food|a ride)",
        rf"(?:pay|paid|pays|paying|charge|charges|sell|sells|selling|sold|buy|buys|bought) {G3}(?:for )?(?:sex|her body|their bodies)",  # noqa: E501
        r"sex (?:work|workers?|trade|trafficking|acts?)",
        r"prostitut\w*",
        r"escort(?:s|ing)?",
        r"hookers?",
        r"pimp\w*",
        r"johns",
        r"turn(?:ing)? tricks",
        r"brothel",
        r"commercial sex",
        r"(?:go|going|goes|see|seeing|do|doing|on) dates",
        r"the (?:track|blade|stroll)",
        r"(?:sleep|sleeps|sleeping|have sex|has sex|be) with (?:men|guys|clients|customers|strangers)",  # noqa: E501
        r"(?:see|sees|seeing|service|services|servicing) (?:men|clients|customers|johns)",
        r"strip(?:ping|per|pers|club| club)?\b",
        r"lap dances?",
        r"vip (?:room|acts|shows?)",
        r"(?:forced|made|has|have|makes?) to (?:dance|strip) (?:at|in|for)",
        r"exotic danc\w*",
        r"truck to truck",
        r"sells? (?:herself|himself|themselves|her body|his body)",
        r"(?:sell|sells|selling|sold) (?:her|them|him|me|us|girls|women) to (?:men|guys|clients|customers|johns|his friends|other men)",  # noqa: E501
        rf"(?:sell|sells|selling|sold) {OBJ} {G3}for (?:money|cash|drugs|sex)",
        r"(?:their|her|his) dates",
        r"(?:clients|customers|men|guys)'? for (?:money|cash)",
        r"(?:meet|see|meeting|seeing) '?(?:clients|customers|johns)",
        r"(?:guys|men) (?:she|they) (?:meets|meet|sees|see|has to see|have to see)",
        rf"(?:men|guys|johns) {G2}(?:come|coming|visit\w*|show up) {G2}(?:every|each|all) (?:night|day)",  # noqa: E501
        rf"pay {G3}at the door",
        r"happy endings?",
        r"extras",
        r"full service",
        r"tokens",
        r"sugar daddy",
        r"porn\w*",
        rf"(?:lots of|many|different|\d+|so many|tons of) (?:men|guys|johns|dudes) {G5}(?:coming|going|in and out|visit\w*|a night|per night|every night|come)",  # noqa: E501
        r"(?:men|guys) (?:coming|going) in and out",
        r"pay(?:s|ing)? at the door",
        rf"(?:sell|sells|selling|sold) {G2}(?:pics|pictures|photos|nudes|videos|content)",
        r"(?:men|guys) (?:only )?stay (?:for )?(?:like )?(?:\d+|a few|few) min\w*",
    ),
    "work": (
        r"work\w*",
        r"jobs?",
        r"boss\w*",
        r"employ\w*",
        r"hired",
        r"shifts?",
        r"paychecks?",
        r"wages?",
        r"salary",
        r"paid",
        r"pay",
        r"labou?r\w*",
        r"crew",
        r"contractors?",
        r"foreman",
        r"supervisor",
        r"overtime",
    ),
    "labor_sector": (
        r"(?:out )?selling (?:tamales|food|elotes|fruit|churros|snacks|water|candy|flowers|gum)",
        r"(?:carpet|textile|saw|paper|steel|lumber|rice|flour) mills?",
        r"cannery",
        r"slaughterhouse",
        r"packing (?:house|shed|plant)",
        r"waitress(?:es)?",
        r"waiters?",
        r"farms?",
        r"fields?",
        r"ranch\w*",
        r"orchards?",
        r"harvest\w*",
        r"crops?",
        r"picking",
        r"factory",
        r"factories",
        r"warehouse",
        r"plant",
        r"construction",
        r"roofing",
        r"landscap\w*",
        r"restaurants?",
        r"kitchen",
        r"dishwash\w*",
        r"cooks?",
        r"nail (?:salon|shop|spa|place)s?",  # noqa: E501
        r"nails",
        r"cleaning",
        r"housekeep\w*",
        r"(?:clean|cleans|cook|cooks|cooking) (?:her |his |their |the |our |my )?(?:houses?|homes?|offices|hotels|rooms)",  # noqa: E501
        r"maids?",
        r"(?:house ?)?cleaners?",
        r"nann(?:y|ies)",
        r"earns?",
        r"earning",
        r"babysit\w*",
        r"domestic (?:work|workers?|help)",
        r"caregivers?",  # noqa: E501
        r"beg(?:ging|s)?",
        r"selling (?:candy|flowers|gum|trinkets|roses|stuff|water)",
        r"peddl\w*",
        r"car wash",
        r"fishing",
        r"boats?",
        r"mines?",
        r"meat ?packing",
        r"poultry",
        r"sweatshop",
        r"sewing",
        r"garment",
        r"laundry",
        r"bakery",
        r"dairy",
        r"magazine (?:crew|sales)",
        r"door to door",  # noqa: E501
    ),
    "massage": (r"massage\w*", r"spas?", r"body ?(?:rub|work)s?", r"reflexology"),
    "suspicion": (
        r"suspicious",
        r"sketchy",
        r"shady",
        r"fishy",
        r"something (?:is |seems |feels )?(?:off|wrong|weird|not right|going on)",  # noqa: E501
        r"traffick\w*",
        r"front for",
        r"(?:i )?(?:think|suspect|worried|believe) (?:that )?(?:they|she|he|the|it|someone)",  # noqa: E501
        r"weird",
        r"strange",
        r"creepy",
        r"not right",
    ),
    "smuggling": (
        r"coyotes?",
        r"smuggl\w*",
        r"cross(?:ed|ing)? the border",
        r"(?:brought|bring|took) (?:me|us|her|him|them) (?:across|over)",  # noqa: E501
    ),
    "partner": (
        r"(?:my|her|his) (?:roommate|room mate|landlord)",
        r"(?:my|her|his) (?:husband|wife|boyfriend|girlfriend|partner|ex|ex-?boyfriend|ex-?husband|ex-?girlfriend|fiance|baby daddy|spouse)",  # noqa: E501
    ),
    "past_long": (
        r"(?:\d+|a few|few|several|many|two|three|some|couple of) (?:years|months|yrs) ago",
        r"(?<!since )last (?:year|summer|winter|spring|fall)",
        r"back in (?:\d{4}|the day)",
        r"in (?:19|20)\d\d",  # noqa: E501
        r"when i was (?:a kid|little|young|a child|a teen|\d+)",
        r"used to",
        r"long time ago",
        r"years back",
        r"years ago",
        r"long ago",
    ),
    "past_recent": (
        r"(?:\d+|a few|few|several|two|three|couple of) weeks ago",
        r"last month",
        r"a while ago",
        r"a while back",
    ),
    "present": (
        r"now (?:he|she|they|the \w+) (?:says?|said|wants?|keeps?|makes?|is|are|has|have)",
        r"right now",
        r"currently",
        r"still",
        r"tonight",
        r"today",
        r"yesterday",
        r"last night",
        r"this (?:morning|week|weekend|afternoon|evening)",
        r"every (?:day|night)",
        r"(?:\d|a few|few|two|three|couple(?: of)?) days ago",
        r"at the moment",
        r"since (?:last (?:year|summer|winter|spring|fall)|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|winter))",  # noqa: E501
        r"as we speak",
        r"(?:is|are|am) being",
        r"these days",
        r"lately",
        r"right now",
    ),
    "out_safe": (
        r"escaped",
        r"ran away",
        r"got (?:out|away|free)",
        r"(?:was|were|been) rescued",
        r"in a shelter",
        r"(?:is|are|am|i'm|we're|she's|he's|they're) (?:now )?(?:safe|free|out) now",  # noqa: E501
        r"no longer (?:there|works there|with (?:him|her|them))",
        r"(?:doesn't|don't) work there anymore",  # noqa: E501
        r"not there anymore",
        r"(?:she|he|they|we|i) left (?:him|her|them|that place|that job|the job|there|the country)",  # noqa: E501
        r"(?:i'm|i am|we're|we are|she's|she is|he's|he is|they're|they are) (?:\w+ )?(?:fine|safe|free|good) now",  # noqa: E501
        r"now (?:and|y) (?:safe|free|fine|ok|okay|out|a salvo|bien|libre)",
    ),
    "hearsay": (
        r"(?:my|a) (?:buddy|friend|cousin|coworker|co-worker|neighbou?r|brother|sister|uncle|aunt) (?:says|said|told me|heard)",  # noqa: E501
        r"(?:idk|i don't know|not sure|no idea) which (?:one|place|farm|restaurant|house)",
        r"i heard",
        r"heard (?:that|from|a rumou?r)",
        r"someone (?:told|said)",
        r"people (?:say|said)",  # noqa: E501
        r"rumou?rs?",
        r"(?:my|a) friend (?:told|said)",
        r"they say that",
        r"apparently",
        r"supposedly",
        r"word is",
    ),
    "identifiable": (
        r"(?:my|our) (?:sister|brother|daughter|son|cousin|niece|nephew|mom|mother|dad|father|aunt|uncle|friend|neighbou?r|coworker|co-worker|roommate|girlfriend|boyfriend|wife|husband|student|classmate)s?",  # noqa: E501
        r"(?:her|his) name is",
        r"named [a-z]+",
        r"i am|i'm|we are|we're",
    ),
    "question": (
        r"^\W*(?:what|how|who|where|when|why|is|are|can|could|do|does|should|would|will|which)\b",  # noqa: E501
        r"\?\W*$",
        r"i (?:have|got) a question",
        r"\binformation\b",
        r"\binfo\b",
        r"volunteer",
        r"donat\w*",
    ),
    "test": (
        r"^\W*(?:(?:test\w*|this is a test|just testing|hello|hi|hey|yo|sup|ok|okay|asdf\w*|qwerty\w*|\d+|abc|is this working|does this work|anyone there)\b\W*)+$",  # noqa: E501
        r"^\W*(?:just )?test(?:ing)?(?: (?:the|this) (?:line|number|system|bot|app))?\W*(?:(?:please )?ignore(?: this)?)?\W*$",
        r"^\W*(?:hello|hi|hey)?\W*(?:is )?(?:anyone|anybody|someone|somebody) (?:there|here|on)\W*$",
        r"^\W*(?:hello|hi|hey)?\W*are you (?:there|real|a bot|a person)\W*$",
    ),
    "abuse": (
        r"f\*+(?: off| you)?",
        r"fuck\w*",
        r"f\*+k\w*",
        r"shit\w*",
        r"bitch\w*",
        r"cunt",
        r"asshole",
        r"idiots?",
        r"stupid",
        r"dumb",
        r"retard\w*",
        r"losers?",
        r"kys",
        r"kill yourself",
        r"wtf",
        r"stfu",
        r"you suck",
        r"useless",
        r"go to hell",
        r"screw (?:you|off)",
        r"shut up",
        r"waste of",
    ),
    "joke": (
        r"jk",
        r"just (?:kidding|joking)",
        r"prank\w*",
        r"a joke",
        r"joking",
        r"trolling",
        r"april fools",
    ),
    "laugh": (r"lol\w*", r"lmao", r"lmfao", r"rofl", r"hahah?\w*", r"hehe\w*", r"xd"),
    "chain": (
        r"share it",
        r"trafficking vans?",
        r"share with (?:every|all|your|everyone)\w*",
        r"fwd?\s*:",
        r"send (?:this )?to (?:\d+|all|all your|your) (?:friends|contacts|girls)",
        r"(?:girls|ladies|women|everyone) beware",
        r"(?:please |pls )?(?:forward|share|repost)(?: this)?\s*[:!]",
        r"(?:forward|share|send|pass|repost) (?:this|it) (?:to|on|along|with)",
        r"copy (?:and|&) paste",
        r"zip ?ties?",
        r"white vans?",
        r"(?:be careful|beware|warning) (?:ladies|girls|everyone|all)",
        rf"(?:placing|putting|leaving) {G3}on (?:your|women's|the) (?:car|cars|windshield|door)",
        r"share (?:this|with everyone|with all)",
    ),
    "minor_sex_context": (
        rf"(?:brought|bring|brings|bringing|taken|take|takes|took|taking|drop\w*|driv\w*) {G3}to (?:a |the |his |their )?(?:[\w']+ )?(?:motel|hotel)s?",
        r"(?:motel|hotel) rooms?",
        r"with (?:two|three|several|older|grown|adult|\d+) (?:men|guys)",
        r"(?:do|does|did|doing) (?:stuff|things) with",
        r"sex\w*",
        r"nudes?",
        r"naked",
        r"molest\w*",
        r"touch(?:es|ed|ing) (?:her|him|them)",
        r"(?:sleep|sleeps|slept|sleeping) with",
    ),
    "self_trafficked": (
        r"(?:i|we) (?:was|were|am|are|'ve been|have been|got) (?:being )?traffick(?:ed)?",
        r"(?:i'm|i am|i was) a (?:trafficking )?(?:victim|survivor) of (?:human |sex |labou?r )?trafficking",
        r"(?:i'm|i am) a (?:trafficking )?survivor",
    ),
    "employment": (
        r"work\w*",
        r"jobs?",
        r"boss\w*",
        r"employ\w*",
        r"hired",
        r"shifts?",
        r"labou?r\w*",
        r"crew",
        r"contractors?",
        r"foreman",
        r"supervisor",
        r"manager",
    ),
    "others_remain": (
        r"(?:doing|does|did) (?:it|this|that|the same) to (?:another|other|a new|more) (?:girls?|wom[ae]n|workers?|kids?|persons?|people)",  # noqa: E501
        rf"still (?:has|have|holds?|keeps?) {G2}(?:other|more)",
        rf"(?:other|more) (?:girls|women|workers|people|kids|guys|men) {G2}(?:are )?still",
        r"(?:the|other) (?:girls|women|workers|kids|guys|men) are still there",
    ),
}

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip

# SMS spellings folded to the words the patterns expect.
SMS_WORDS = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "tonite": "tonight",
    "2nite": "tonight",
    "nite": "night",
    "kno": "know",
    "knw": "know",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "bcuz": "because",
    "bcz": "because",
    "rn": "right now",
    "ppl": "people",
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "theyre": "they're",
    "shes": "she's",
    "hes": "he's",
    "thats": "that's",
    "whats": "what's",
    "idk": "i don't know",
    "yr": "year",
    "yrs": "years",
    "hr": "hour",
    "hrs": "hours",
    "abt": "about",
    "sum1": "someone",
    "some1": "someone",
    "no1": "no one",
    "noone": "no one",
    "any1": "anyone",
    "every1": "everyone",
    "2day": "today",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2morrow": "tomorrow",
    "b4": "before",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "thru": "through",
    "tho": "though",
    "wat": "what",
    "wen": "when",
    "gonna": "going to",
    "gotta": "got to",
    "wanna": "want to",
    "n": "and",
    "dat": "that",
}

LANGUAGE = Language(
    code="en",
    name="English",
    native_name="English",
    script="latin",
    lingua="ENGLISH",
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
    # Ages in English are read by the rubric's own age grammar (triage/flags.py).
    ages=(),
    minor_words=(r"minors?", r"underage", r"under (?:18|eighteen)"),
    hints=("the", "my", "help", "please", "they", "she", "he's", "she's", "i'm"),
    keywords={
        "stop": ("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"),
        "help": ("help", "info"),
        "start": ("start", "unstop"),
    },
    examples={
        "cry_for_help": ("help me please", "please help they won't let me leave and he has a gun"),
        "locked_in": ("they locked us in the back room of the restaurant and we can't get out",),
        "minor": ("the girl he brings to the motel is only 15 and the men pay him",),
        "negated_danger": ("nobody is in danger right now, but my boss keeps our passports",),
        "commercial_sex": ("the manager takes the money the girls make from the men at the spa",),
        "labor": ("the farm boss took our passports and says we owe him for the trip",),
    },
)
