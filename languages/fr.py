"""French (France, Belgium, Switzerland, Africa, Quebec): danger and cries for help, minors,
the indicators and the kind of exploitation, as people text: no accents, "jsuis", "chu", "svp".

Negation follows the verb ("je suis pas enfermée"), so danger patterns refuse "pas", "plus" and
"jamais" inside them. In a tip whose language is not known, normalisation turns the lone "n"
of "n'" into "and" and "d'" into "de'": patterns accept both forms.
"""

from __future__ import annotations

from languages.base import Language

G2 = r"(?:(?!pas |plus |jamais |rien )[\w'-]+ ){0,2}"
G3 = r"(?:[\w'-]+ ){0,3}"
G5 = r"(?:[\w'-]+ ){0,5}"
D = r"(?:de'|d'|de |d)"  # "d'" after normalisation
NEG = r"(?:pas|plus|jamais|rien)"
NOT_NE = r"(?<!and')(?<!n')"
# "c'est pas une blague, aidez-moi": a "pas" before a cry does not negate it.
NOJOKE = r"(?:(?:c'?est |c )?pas (?:une |de )?(?:blague|mensonge|joke) )?"
# A quoted name or euphemism: le bar «Le Sultan», des « extras ».
Q = r"[\"'«»“” ]*"
# A time word inside a question ("est-ce qu'il fait encore ça ?") does not say it is going on.
NOT_ASKED = r"(?![^.!\n]*\?)"
# A line made only of instructions to the system, with nothing told: nothing to act on.
_ORDER = r"(?:ignore|oublie|oubliez|ne tiens pas compte|ne tenez pas compte)\w* (?:\w+ ){0,3}(?:instructions?|consignes?|regles|ordres|prompt|directives)|(?:nouvelle )?(?:instruction|consigne)s? (?:systeme|system)|systeme ?:|system ?:|admin\w* ?:|mode (?:developpeur|dev|admin|dan)|(?:tu es|vous etes) (?:maintenant |desormais )?(?:en mode|un |une )(?:\w+ )?(?:assistant|ia|bot|robot|modele|developpeur)?|(?:classe|classez|marque|marquez|classifie|reponds|repondez|affiche|affichez|montre|montrez|revele|donne-moi|envoie-moi|supprime|efface)\w* (?:\w+ ){0,3}(?:message|signalement|tout|comme|urgen\w*|critique|prompt|instructions?|cles|api|donnees|mots de passe|priorite|aucune|seulement|uniquement|juste|ok)|(?:priorite|urgence|categorie) ?[:=]"  # noqa: E501
INJECTED_LINE = rf"^\W*(?:(?:{_ORDER})[^.!?\n]*[.!?]*\W*)+$"
ARG = r"(?:de l'argent|de'argent|d'argent|l'argent|argent|du fric|des sous|de la thune|du cash|de la drogue)"
ME = r"(?:me |m'|nous |la |le |les |l'|te |t'|lui |leur )"
ETRE = r"(?:je suis|j'suis|jsuis|jsui|chui|chu|suis|on est|nous sommes|sommes|elle est|il est|est|elles sont|ils sont|sont|reste|restent|toujours)"  # noqa: E501
LOCKED = r"(?:enferm|sequestr|cadenass|enchain|menott)(?:e|ee|es|ees)"
DOCS = rf"(?:passeports?|papiers|documents?|pieces? {D}identite|cartes? {D}identite|cartes? de sejour|titres? de sejour|permis de (?:travail|sejour)|visas?|acte de naissance|cni|livrets? de marin|cartes? de marin)"  # noqa: E501
WEAPONS = r"(?:couteau|couteaux|arme|armes|pistolet|revolver|fusil|flingue|machette|gun|kalach\w*|batte|barre de fer)"  # noqa: E501
SOON = r"(?:ce soir|cette nuit|aujourd'hui|aujourdhui|auj|maintenant|demain|tout a l'heure|tantot|asteure|dans (?:une|deux|\d+|quelques|1) ?(?:heures?|minutes?|min|h)|cet apres-midi|ce matin)"  # noqa: E501
MOVE = r"(?:emmener|deplacer|transferer|vendre|envoyer|amener|embarquer|livrer|bouger|faire partir|sortir)"  # noqa: E501

# fmt: off
INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (r"proxenet\w*|proxo|maquereau|souteneurs?|(?:son|leur|un|le|ton) mac(?! ?(?:book|do))|mere maquerelle",  # noqa: E501
        r"(?:prend|prennent|prenait|prendre|garde|gardent|gardait|recupere|recuperent|recuperer|recuperait|empoche|empochent|ramasse|ramassent|ramasser|confisque|confisquent|encaisse|encaissent|encaisser|encaissait) (?:toujours |tout |toute |tous |toutes |la moitie de )?(?:l'argent|leur argent|son argent|mon argent|notre argent|les gains|la recette|ses tokens|leurs tokens|mes tokens|les tokens|\d+ ?%)",
        r"(?:encaisse|encaissent|encaissait) (?:aupres )?des clients|(?:elles sont|elle est) '?a lui'?|(?:un homme|un mec|un gars|il) (?:qui )?repond (?:au (?:tel|telephone|numero) )?(?:pour (?:elle|elles)|a (?:sa|leur) place)|c'est un homme qui repond",  # noqa: E501
        rf"(?:oblig|forc|pousse)\w* {G3}(?:a |de )?(?:coucher avec|se prostituer|me prostituer|voir des clients|faire des passes|faire le trottoir|recevoir des clients|aller avec des clients|mendier)|vendue?s? (?:comme|a une famille|a un homme|a un patron)",  # noqa: E501
        rf"(?:vend|vendent|vendu|vendue|vendues|loue|louent|propose|proposent|offre|offrent) {G3}(?:a|aux) (?:des )?(?:hommes|clients|types|mecs|amis|routiers)",  # noqa: E501
        r"(?:gere|gerent|gerait|poste|postent|postait|publie|publient|publiait) (?:ses|leurs|les|mes) annonces|(?:fixe|fixent|organise|organisent|prend|prennent) (?:les |ses |leurs )?rendez-vous",  # noqa: E501
        rf"c'est (?:lui|elle|le patron|le gerant|le mec|l'homme|un homme|son mac) qui (?:encaisse|prend l'argent|garde l'argent|recupere l'argent|prend les billets|fixe les prix|negocie)|(?:prend|prennent|prenait|ramasse|empoche|encaisse)\w* (?:les )?billets|(?:oblig|forc|pousse)\w* [^.\n]{{0,80}}?(?:a |de )faire (?:des |les )?{Q}extras{Q}",  # noqa: E501
        rf"(?:se fait|se font|se faisait|est|sont) {Q}(?:loue|louee|louees|loues|louer){Q} (?:\w+ ){{0,4}}(?:a|aux) (?:des )?clients|(?:un homme|un mec|un type|le mec) (?:qui )?(?:a )?negoci\w* (?:le )?(?:prix|tarif)",  # noqa: E501
        r"parle (?:a sa place|a leur place|pour elle|pour elles)|(?:jamais|pas) seules?(?: dehors)?|(?:doi(?:s|t|vent)|devons) (?:tout )?(?:lui|leur) (?:donner|remettre) (?:tout |l'argent)",),  # noqa: E501
    "confiscated_documents": (rf"(?<!\bje )(?<!j')(?<!\bon )(?:a pris|ont pris|prend|prennent|pris|garde|gardent|a garde|ont garde|gardait|confisque\w*|retient|retiennent|a retenu|ont retenu|a|ont|avait|cache|cachent|a cache|ont cache|detient|detiennent|a vole|ont vole|a enleve|ont enleve|a saisi|ont saisi|m'a pris|m'ont pris|nous a pris|nous ont pris|lui a pris|leur a pris|avaient|gardaient|prenaient|retenait|retenaient|cachait|cachaient) (?:toujours |encore |tous |toutes )?(?:mon|ma|mes|nos|notre|son|sa|ses|leurs?|le|la|les) {DOCS}",  # noqa: E501
        rf"(?:and'|n')?(?:ont|a|avons|ai|avaient|avait) (?:pas|plus) (?:leurs?|ses|son|sa|mes|mon|ma|nos|notre) (?:propres? )?{DOCS}|{DOCS} {G2}(?:confisque|garde|retenu|pris|vole|cache)\w*|(?:rend|rendent|veut|veulent) {NEG} (?:me |nous |lui |leur )?(?:rendre )?(?:mon|ma|mes|nos|son|sa|ses|leurs?) {DOCS}",),  # noqa: E501
    "debt_bondage": (rf"(?:rembourser|rembourse|remboursent|payer|paye|paie|doit|dois|doivent|devons|devait|devaient) {G3}(?:une |la |sa |leur |ma |notre )?(?:dette|billet|voyage|passage|transport|traversee|loyer)",  # noqa: E501
        rf"dette {G3}(?:augmente|grossit|grandit|finit jamais|baisse jamais|du voyage|du billet|du passage|de \d+)|servitude pour dettes?",  # noqa: E501
        r"(?:doit|dois|doivent|devons|devaient|devait) (?:encore )?(?:\d[\d .,]*|mille|\w+ mille) ?(?:euros|€|dollars|fcfa|francs|dinars|dh)",  # noqa: E501
        rf"(?:retient|retiennent|deduit|deduisent|enleve|enlevent) {G2}(?:le loyer|la nourriture|le logement|le voyage|le billet|tout)|jusqu'a ce que {G2}(?:rembourse|rembourses|remboursent|paye|paie)",),  # noqa: E501
    "restricted_movement": (rf"(?:laisse|laissent|laissait|laissaient|autorise|autorisent|permet|permettent) {NEG} {G2}(?:sortir|partir|quitter|rentrer|aller dehors|aller nulle part)",  # noqa: E501
        rf"(?:peux|peut|pouvons|pouvez|peuvent|pouvait|pouvaient|arrive|arrivent|a|ont|avons|avez) {NEG} (?:le droit {D})?(?:sortir|partir|quitter|rentrer|m'enfuir|fuir|m'echapper|s'enfuir|descendre|debarquer)",  # noqa: E501
        rf"(?:sortent|sort|sortons|sors) (?:que|seulement|uniquement) (?:avec|accompagne\w*)|empech\w* {D}(?:sortir|partir)|(?:partir|partiront|partira|sortir|sortiront|rentrer) {NEG} avant {D}(?:avoir )?(?:paye|rembourse)|surveill\w+ de (?:tres )?pres",  # noqa: E501
        r"interdite?s? de (?:sortir|partir|quitter)|(?:sort|sortent|sors|sortons) (?:jamais|pas|plus) (?:seules?|sans (?:lui|elle|eux|le patron))",  # noqa: E501
        r"(?:toujours|tout le temps) (?:surveille|accompagne|suivi)\w*|contre (?:mon|son|leur) gre|contre (?:ma|sa|leur) volonte|(?:suis|sommes|est|sont) bloquee?s? (?:ici|chez|dans la maison|a la maison)",),  # noqa: E501
    "confinement": (rf"(?<!s'est )(?<!se sont )(?<!s'etait )(?<!s'etaient ){LOCKED}|(?:m'|nous |les |l')enferm(?:e|ent|ait|aient)|(?:attach|ligot)(?:e|ee|es|ees) (?:au|a un|a une|a la|aux|sur|dans|avec|les mains|les pieds)|en otage|captivite|captive?s?",  # noqa: E501
        r"(?:m'|nous |les |l')(?:ont |a )?barre\w* (?:dans|a cle|a clef)|(?:barr|bloqu)(?:e|ee|es|ees) dans|(?:coince|pogne)\w* dans (?:la|une|le|un) (?:chambre|cave|piece|maison|camion|conteneur|sous-sol|placard|coffre)",  # noqa: E501
        r"(?:ferme|fermee|verrouill\w+) a (?:cle|clef|double tour)|cadenas|verrouill\w+ (?:de|par) l'exterieur",),  # noqa: E501
    "threats_of_violence": (rf"menac\w+ {G5}(?:tuer|frapper|battre|mort|famille|enfants|bruler|defigurer|violer|egorger|tabasser)",  # noqa: E501
        rf"(?:dit|dis|disent|a dit|ont dit) {G5}(?:va|vont|allait|allaient) {ME}?(?:tuer|frapper|battre|buter|defoncer|faire du mal|bruler|egorger|tabasser)",  # noqa: E501
        rf"(?:va|vont|veut|veulent) {ME}?(?:tuer|buter)|menaces? de mort|menac\w+ (?:ceux|celles|quiconque|tous ceux|s'ils|s'il|si (?:ils|elles|je|on|elle))|sinon {G3}(?:tue|tuent|frappe|frappent|bat|battent|tabasse\w*)",  # noqa: E501
        r"(?:tuer|s'en prendre a|faire du mal a) (?:ma|mon|mes|sa|son|ses|leurs?) (?:famille|mere|maman|pere|enfants?|fille|fils|s(?:oe|œ)ur|frere)",),  # noqa: E501
    "threats_of_deportation": (rf"menac\w+ {G5}(?:police|prefecture|immigration|expuls\w+|renvoy\w+|deport\w+|papiers|flics|asfc)",  # noqa: E501
        rf"(?:appeler|appelle|appellera|prevenir|denoncer|denonce|signaler) {G2}(?:la police|l'immigration|la prefecture|les flics|la gendarmerie|l'asfc)",  # noqa: E501
        r"(?:va|vont|vais|serai|sera|serons|seront|etre|faire) (?:me |nous |te |la |le |les )?(?:expuls|renvoy|deport)\w*|(?:renvoyer|renvoie|renvoient) (?:\w+ )?(?:au pays|chez (?:moi|nous|elle|lui|eux))",),  # noqa: E501
    "threats_of_exposure": (rf"(?:montrer|envoyer|publier|poster|diffuser|balancer) {G3}(?:photos?|videos?|images) {G5}(?:famille|parents|mari|internet|reseaux)|chantage|sextorsion",
        rf"menac\w+ {D}(?:tout )?(?:balancer|publier|diffuser|envoyer|poster|montrer)",),  # noqa: E501
    "signs_of_abuse": (rf"{ME}(?:frappe|frappent|frappait|frappaient|bat|battent|battait|battaient|tabasse|tabassent|tape|tapent|cogne|cognent|gifle|giflent|brule|brulent|chicotte\w*|fouette\w*)|(?:frappe|frappent|frappait|battent|battait|tabasse|tabassent|cogne|gifle|chicotte|fouette) (?:les|la|le|sa|son|ses|leur|leurs|des|tout le monde)",  # noqa: E501
        r"(?:m'|l'|nous |les )(?:a|ont|avait|avaient) (?:frappe|battu|tabasse|gifle|cogne|brule|chicotte|fouette|blesse)\w*|maltrait\w+",  # noqa: E501
        r"(?:des |plein de )bleus|bleus (?:sur|partout)|hematomes?|des marques (?:de coups|sur le corps|de brulures?)|(?:oe|œ)il au beurre noir|visage tumefie|levre (?:fendue|eclatee)|coquard|eau bouillante|se (?:font|fait|faisait|faisaient) (?:frapper|taper|tabasser|battre)|a coups de|coups de (?:poing|pied|ceinture|baton)",),  # noqa: E501
    "sexual_violence": (rf"viol(?:s|e|ee|ees|er|ait)?|violent {ME}|agress\w+ sexuel\w*|abus\w* sexuel\w*|attouchements|(?:oblig|forc)\w+ {G2}(?:a |de )?(?:coucher|avoir des rapports)",),  # noqa: E501
    "weapon": (r"couteaux?|armes?|arme a feu|pistolets?|revolvers?|fusils?|flingues?|machettes?|kalach\w*",),
    "unpaid_wages": (rf"(?:paie|paye|paient|payent|payait|payaient|a paye|ont paye|verse|versent|recois|recoit|recoivent|touche|touchent|touchons) (?:{NEG}|personne)(?: (?:un )?(?:rond|sou|centime))?(?! (?:les |mes |nos )?heures sup)",  # noqa: E501
        r"(?:pas|jamais) (?:ete |encore ete )?payee?s?(?! (?:les |mes )?heures sup)|sans (?:salaire|etre payee?s?|paie|paye|remuneration|rien toucher)|(?:\d+|des|plusieurs) mois sans (?:salaire|paie|etre paye\w*)",  # noqa: E501
        rf"travaill\w* {G3}(?:gratuitement|gratos|pour rien|pour la nourriture|pour un toit|sans rien)|(?:garde|gardent|prend|prennent|retient|retiennent|confisque|confisquent) (?:toujours |encore |tout )?(?:mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|le|les) (?:salaire|paie|paye)",  # noqa: E501
        r"(?:and'|n')?(?:avais|avait|avaient|ai|a|ont|avons) (?:pas|jamais|jamais eu|pas eu) (?:de |d'|un )?(?:salaire|paie|paye|sou)|aucun salaire",  # noqa: E501
        rf"salaire {G2}(?:retenu|confisque|bloque|jamais verse|pas verse)|(?:donne|donnent|paie|paye|payent) (?:que |juste |seulement )\d+ ?(?:euros|€|dollars|fcfa|\$)",),  # noqa: E501
    "recruitment_fraud": (rf"(?:promis|promettait|promettaient|promesse {D}|disait|disaient|soi-disant|pretendu\w*) {G5}(?:travail|emploi|job|boulot|salaire|poste|contrat|etudes|mannequin|serveuse|nounou|femme de menage|coiffeuse|papiers|visa)",  # noqa: E501
        r"(?:annonce|offre) (?:d(?:e')?'?emploi |de travail )?(?:bidon|fausse|arnaque)|fausse (?:annonce|offre|agence)|(?:m'|nous |l'|les )ont (?:menti|trompe\w*|arnaque\w*)|(?:trompee?s?|dupee?s?)",  # noqa: E501
        rf"une fois (?:arrivee?s?|la-?bas|sur place) {G5}(?:pris|oblig\w+|forc\w+|dit|dette|rien)",
        rf"(?:propose|proposait|offert|offrait|annonce)\w* {G5}(?:travail|emploi|job|boulot|poste|contrat|menage|serveuse|nounou)\b[^.\n]{{0,80}}(?:mais|en fait|finalement|au final|une fois|arrivee?s?)",),  # noqa: E501
    "isolation": (r"(?:pris|prend|prennent|confisque\w*|garde|gardent|casse\w*) (?:\w+ )?(?:mon|ma|mes|son|sa|ses|leur|leurs|le|les) (?:telephones?|portables?|cell|cellulaires?|phones?)",  # noqa: E501
        rf"(?:peux|peut|peuvent|pouvons|a le droit|ont le droit|laisse|laissent) {NEG} (?:\w+ )?(?:appeler|telephoner|parler|contacter|voir (?:ma|sa|leur) famille)",  # noqa: E501
        r"(?:parle|parlent|parler) a personne|coupee?s? du monde|sans contact avec|isolee?s?",),
    "forced_criminality": (rf"(?:oblig|forc)\w+ {G3}(?:a |de )?(?:vendre|livrer|transporter|cacher|passer|dealer) {G2}(?:drogue|shit|coke|cocaine|cannabis|beuh|came)",  # noqa: E501
        rf"(?:oblig|forc)\w+ {G3}(?:a |de )?(?:voler|cambrioler|faire les poches|dealer|faire le guet|faire la mule)|(?:vendre|dealer) (?:de la drogue )?pour (?:eux|lui)",
        r"(?:fait|font|faire|faisait) le guet|guetteurs?|livr\w+ pour (?:un|le) reseau|(?:dealer|dealent|deal) pour (?:un|le) reseau",),  # noqa: E501
    "deprivation": (r"(?:sans|pas de|pas d'|privee?s? de) (?:manger|nourriture|eau|sommeil|repos|medicaments|soins|medecin)",  # noqa: E501
        rf"(?:donne|donnent|laisse|laissent) {NEG} (?:\w+ )?(?:a manger|manger|boire|dormir|de nourriture|{D}eau)|(?:ai|a|avons|ont) (?:pas|rien) mange (?:depuis|de la journee)",  # noqa: E501
        rf"meur(?:t|ent|s) de faim|un (?:seul )?repas par jour|(?:emmene|emmenent|amene|laisse|laissent) (?:\w+ )?{NEG} (?:\w+ )?(?:chez le|au|a l'|voir (?:le|un)) (?:medecin|hopital|docteur)",),  # noqa: E501
    "child_labor": (rf"travail (?:des enfants|infantile)|(?:enfants?|gamins?|gamines?|petites? filles?|petits? garcons?|fillettes?) {G3}(?:travaill\w+|vend\w+|mendi\w+|recolt\w+)",  # noqa: E501
        r"(?:va|vont) (?:pas|plus|jamais) a l'ecole|descolaris\w+|talibes?|vidomegon\w*|petites? bonnes?",),
    "quota": (rf"quotas?|(?:doit|dois|doivent|devons) (?:ramener|rapporter|faire|gagner) {G3}\d+ ?(?:euros|€|dollars|\$|passes|clients|fcfa)? (?:par|chaque|tous les) (?:jour|nuit|soir|semaine)",  # noqa: E501
        r"si (?:je|j'|elle|on|elles|ils) (?:ramene|rapporte|ramenent|fais|fait|font) (?:pas|jamais) (?:assez|le compte|\d+)|(?:font|fait|fais|atteignent|atteint|ramenent) (?:pas|jamais) (?:leur|son|mon|le) quota",),  # noqa: E501
    "medical_emergency": (r"inconscient\w*|evanoui\w*|dans les pommes|overdose|convuls\w+|crise d'epilepsie|saign\w+ (?:beaucoup|abondamment|enormement|partout)",  # noqa: E501
        r"tombee? (?:de|du) (?:l'echafaudage|toit|la toiture)|brulee?s? (?:grave|au|a la|partout)|la peau part|respire (?:plus|pas|mal)|se reveille (?:plus|pas)|gravement blesse\w*|(?:bras|jambe|cotes) cassee?s?|besoin (?:d'un|de'un) (?:medecin|docteur|ambulance)",),  # noqa: E501
    "lives_at_workplace": (r"(?:sort|sortent) (?:jamais|presque jamais|pas|plus) (?:de la maison|du|de la|de chez|dehors|de l'appart\w*)|(?:sort|sortent) jamais(?= *(?:$|[.,;!?]))|(?:jamais|pas) vue?s? (?:sortir|dehors|dans la rue)|(?:dort|dorment|dormait|dormais) (?:\w+ )?(?:sur place|la-bas|dans la buanderie|dans la cave|dans le garage)",  # noqa: E501
        rf"(?:dort|dorment|dors|vit|vivent|habite|habitent|loge|logent|logee?s?) {G2}(?:sur place|au travail|dans (?:le|la|l'|un|une) (?:restaurant|salon|atelier|usine|cuisine|chantier|entrepot|magasin|boutique|arriere-boutique|reserve|ferme|bateau|garage|conteneur|container)|(?:a l'arriere|au-dessus) du (?:salon|restaurant|magasin))",),  # noqa: E501
    "poor_living_conditions": (rf"(?:\d+|dix|douze|quinze|vingt|plusieurs) (?:personnes|hommes|femmes|ouvriers|travailleurs|filles) {G3}dans (?:une|un|la meme|le meme) (?:seule )?(?:piece|chambre|studio|conteneur|cabane)",  # noqa: E501
        r"(?:dort|dorment|dormir|dors) (?:par terre|sur le sol|a meme le sol)|matelas (?:par terre|sur le sol)|insalubre|sans (?:eau courante|electricite|chauffage|toilettes)",),  # noqa: E501
    "transported_to_work": (rf"(?:camionnette|van|bus|voiture|camion|minibus) {G3}(?:les |nous |la )?(?:emmene|ramene|recupere|depose|transporte)\w*",),  # noqa: E501
    "excessive_hours": (r"(?:1[2-9]|2[0-4]|douze|quatorze|quinze|seize|dix-huit|vingt) ?(?:heures|h) (?:par jour|d'affilee|de suite|sans pause)",  # noqa: E501
        r"de \d{1,2} ?h (?:a|jusqu'a) (?:minuit|\d{1,2} ?h)|7 ?j(?:ours)? ?(?:sur|/) ?7|24 ?/ ?24|sept jours sur sept|24 ?h ?(?:sur|/) ?24|jour et nuit|sans (?:jour de )?(?:repos|conge|pause)|jamais de (?:jour de )?(?:repos|conge)",),  # noqa: E501
    "high_buyer_traffic": (rf"(?:beaucoup|plein|des dizaines) {D}(?:hommes|mecs|types|clients|voitures) {G5}(?:entrent|sortent|passent|defilent|viennent|chaque (?:nuit|soir|jour))",  # noqa: E501
        rf"va-et-vient|defile {D}hommes|que des hommes|(?:hommes|clients|mecs) (?:\w+ )?(?:entrent et sortent|defilent|vont et viennent)|(?:paient|payent) a (?:la porte|l'entree)",),  # noqa: E501
    "high_security_premises": (rf"fenetres {G2}(?:occultees|couvertes|condamnees|teintees|masquees|peintes)|barreaux aux fenetres|cameras partout|vigiles?|barbeles",),  # noqa: E501
    "unusual_hours": (r"jusqu'a (?:[1-6] ?h|[1-6] heures) du matin|toute la nuit|ouvert (?:\w+ )?24 ?h",),
    "online_ad": (rf"annonces? {G3}(?:sur|de) (?:internet|facebook|insta\w*|snap\w*|vivastreet|wannonce|locanto|sexemodel|kijiji|sites?|en ligne)|vivastreet|wannonce|sexemodel",  # noqa: E501
        r"annonces? (?:de )?'?(?:massages?|escort\w*|masseuses?)|(?:le )?meme (?:numero|telephone) (?:pour|de) (?:\d+|plusieurs|deux|trois|quatre|cinq|six|sept|huit|dix) (?:filles|femmes|annonces|profils)",),  # noqa: E501
    "online_recruitment": (rf"(?:rencontre|connu|contacte|recrute|abord|ecrit|approche)\w* {G5}(?:sur|par|via) (?:facebook|fb|insta\w*|snap\w*|tiktok|whatsapp|telegram|internet|une appli|une application|un site|tinder|messenger)",),  # noqa: E501
    "moved_between_locations": (rf"de ville en ville|{D}une ville a l'autre|(?:deplace|deplacent|bouge|bougent|font tourner|changent) {G3}(?:de ville|{D}endroit|chaque semaine|toutes les semaines)",),  # noqa: E501
    "fearful_submissive": (r"peur|effraye\w*|terrifie\w*|terroris\w*|apeure\w*|craintive?s?|baisse(?:nt)? les yeux|(?:and'|n')?ose(?:nt)? pas parler",),  # noqa: E501
    "scripted_answers": (r"meme histoire|reponses? (?:apprises|toutes faites|recitees)",),
    "disoriented": (r"(?:sais|sait|savons|savent) (?:pas|plus) (?:ou (?:je suis|on est|elle est|ils sont|nous sommes)|dans quelle ville|l'adresse|quel jour)|desorientee?s?",),  # noqa: E501
    "romance_grooming": (rf"(?:copain|petit ami|chum|mec|amoureux|fiance) {G5}(?:oblige|force|vend|vendu|envoie|fait) {G3}(?:coucher|clients|hommes|prostituer|passes|trottoir)|loverboy|lover boy",),  # noqa: E501
    "no_possessions": (r"sans (?:affaires|bagages?|valise)",),
    "multiple_phones": (r"(?:deux|2|trois|3|plusieurs) (?:telephones|portables|cellulaires|puces)",),
    "self_report": (rf"aidez-?moi|j'ai besoin {D}aide|je veux (?:partir|sortir|m'enfuir|rentrer|quitter)|(?:m'|nous )oblig\w+|mon (?:patron|employeur|proxenete|mac)|ma patronne",),  # noqa: E501
    "remote_sexual_acts": (r"webcam|camgirl|(?:devant la|a la|en) (?:camera|cam|webcam)|appels? video|videos? (?:sexuelles?|intimes|porno)|photos? (?:nues?|intimes|sexy)|nudes|onlyfans|mym",),  # noqa: E501
    "branding_tattoo": (rf"tatou\w+ {G5}(?:nom|initiales|code-?barre|couronne|propriete)|marquee?s? au fer",),
}
# fmt: on

_DANGER = (
    rf"{NOJOKE}(?:(?:au|o) secou?rs|a l'?aide(?! de| d'| du| des)|(?:svp|stp|vite|urgent)[ ,!]*(?:aidez|aide|help))",  # noqa: E501
    rf"{NOJOKE}aid(?:ez|er|e|es)[- ]?(?:moi|nous|moe)(?! a (?:comprendre|trouver|savoir|choisir|remplir|faire))",  # noqa: E501
    rf"besoin {D}aide (?:urgent\w*|vite|maintenant|tout de suite|svp|s'il vous plait)|^\W*(?:aidez|aide|help)\W*$",  # noqa: E501
    r"(?:appelez|appelle|appelles|contactez|prevenez|envoyez|envoie|envoie?z?-moi) (?:la |les |le )?(?:police|flics|gendarmes?|gendarmerie|secours|pompiers|samu|17|112|911|15|18)",  # noqa: E501
    r"envoye[zr]? (?:de l'aide|quelqu'un|du monde|les secours|une ambulance)|(?:il|elle|ils|y) (?:est|sont) (?:[\w'-]+ ){0,4}avec (?:un|une|des|son|sa|ses) (?:couteau|couteaux|arme|armes|pistolet|revolver|fusil|flingue|machette|gun)",  # noqa: E501
    r"venez (?:vite|me chercher|nous chercher|m'aider|nous aider|svp|s'il vous plait)|(?:sortez|sors)-?(?:moi|nous) (?:d'ici|de'ici|de la)|faites?-(?:moi|nous) sortir|liberez-?(?:moi|nous)",  # noqa: E501
    # locked, tied, held now
    rf"(?<!s')(?<!se ){NOT_NE}{ETRE} {G2}{LOCKED}(?! (?:quand|la nuit|chaque|tous les|toutes les))",
    # the door locked from outside; blows and screams heard now; on the road to nobody knows where
    r"(?:la |les )?portes? (?:[\w'-]+ ){0,3}(?:est|sont) (?:fermee?s?|verrouillee?s?|barree?s?|cadenassee?s?) (?:a cle |a clef |a double tour )?(?:de|par|depuis) l'exterieur",  # noqa: E501
    r"(?:j'entends|j'entend|on entend|nous entendons|j'ecoute) (?:\w+ ){0,3}(?:des coups|des cris|crier|hurler|pleurer|frapper|taper|se faire (?:frapper|battre|taper|tabasser)|appeler (?:a|au) (?:l'aide|secours))",  # noqa: E501
    r"(?:on est|je suis|nous sommes|chui|jsuis) (?:\w+ ){0,2}dans (?:leur|sa|son|la|une|un) (?:camionnette|voiture|camion|van|fourgon|coffre|bus|minibus)\b(?=[^.\n]*(?:emmen|sais pas ou|savons pas ou|sait pas ou|inconnu|on roule|direction))|(?:ils|il|on) (?:nous|m'|me) ?(?:emmenent|emmene|conduisent|conduit|amenent) (?:\w+ ){0,3}(?:on sait pas|je sais pas|je ne sais pas|on ne sait pas|sans savoir|sais pas) ou",  # noqa: E501
    r"(?:m'|nous |l'|les )(?:ont |a |avez )?(?:enferm|sequestr|attach|enchain|ligot|barr|cadenass)(?:e|ee|es|ees)(?! (?:quand|la nuit|chaque|tous les|il y a))",  # noqa: E501
    r"(?:ils|il|elle|on|y) (?:m'|nous |la |les )enferm(?:e|ent) (?:dans|ici|a cle)",
    rf"{NOT_NE}{ETRE} {G2}(?:barr|coinc|pogn|bloqu)(?:e|ee|es|ees) (?:dans|ici|icitte|a l'interieur|chez)(?! (?:les bouchons|le trafic|la circulation|les embouteillages|l'ascenseur))",  # noqa: E501
    rf"{NOT_NE}{ETRE} {G2}(?:attach|ligot)(?:e|ee|es|ees) (?:au|a un|a une|a la|aux|sur|avec)",
    r"(?:on nous a|on m'a|ils nous ont|ils m'ont|il m'a|il nous a|y m'ont) (?:mise?s?|jetee?s?|pousse\w*|embarque\w*|enferme\w*) dans (?:une|un|la|le) (?:camionnette|voiture|camion|van|coffre|fourgon|container|conteneur|cave)|on roule depuis|personne (?:and'|n')?ouvre",  # noqa: E501
    # killed, moved or sold soon
    rf"(?:va|vont|veut|veulent|vais|allait|allaient) {ME}?(?:tuer|buter|descendre|egorger|bruler|poignarder|violer)|m'tuer|qu'(?:il|ils|elle|on) (?:me|nous|la|le) tue(?:nt)?",  # noqa: E501
    rf"menac\w+ {D}{ME}?(?:tuer|buter|egorger|bruler|planter) avec (?:son|un|une|sa|ses|des) {WEAPONS}",
    rf"(?:on|je|nous|elle|ils|elles) (?:doit|dois|doivent|devons|va|vais|vont|allons) partir {G2}{SOON}(?=[^.\n]*(?:veux pas|veut pas|oblig|forc|passeport|patron|pas le choix|proxo|mac))",  # noqa: E501
    rf"(?:{SOON}|demain a l'aube|a l'aube) {G3}(?:je pars|on part|elle part|nous partons|ils partent|elles partent|(?:je|on|nous|elle|ils|elles) (?:serai|sera|serons|seront) (?:vendue?s?|emmenee?s?|envoyee?s?|transferee?s?|deplacee?s?))",  # noqa: E501
    rf"(?:va|vont|veut|veulent|doivent|vais) {ME}?{MOVE}\w* {G5}{SOON}|{SOON} {G5}(?:ils|il|on|elle|y) (?:va|vont|veut|veulent) {ME}?{MOVE}",  # noqa: E501
    rf"(?:m'|nous |la |les |l')(?:emmene|emmenent|deplace|deplacent|vend|vendent|envoie|envoient|transfere|transferent|amene|amenent|embarque|embarquent) {G3}{SOON}",
    rf"(?:va|vont|vais|allons|doit|doivent) etre (?:emmenee?s?|vendue?s?|envoyee?s?|transferee?s?|deplacee?s?|livree?s?|embarquee?s?|conduite?s?) {G5}{SOON}|{SOON} {G5}(?:va|vont|vais|allons|doit|doivent) etre (?:emmenee?s?|vendue?s?|envoyee?s?|transferee?s?|deplacee?s?|livree?s?|embarquee?s?)",  # noqa: E501  # noqa: E501
    # being hurt now, a weapon out
    rf"{ME}(?:frappe|frappent|bat|battent|tabasse|tabassent|tape|tapent|etrangle|etranglent|viole|violent|cogne|cognent) (?:la maintenant|maintenant|en ce moment|encore|la)(?=\W*(?:$|[,.!;]))",  # noqa: E501
    rf"en train de {ME}?(?:frapper|battre|tabasser|taper|tuer|violer|etrangler|bruler|poignarder|cogner)|vien(?:t|nent) de {ME}?(?:frapper|poignarder|tirer|battre|violer|bruler|tabasser|planter)",  # noqa: E501
    rf"{WEAPONS} {G3}(?:sous la gorge|sur la tempe|sur moi|sur nous|sur elle|pointe\w*|braque\w*)|(?:pointe|braque|menace)\w* {G2}(?:avec )?(?:un |une |son |sa )?{WEAPONS}",  # noqa: E501
    # hurt, unconscious, dying
    r"(?:je|elle|il|on|ils|elles) saigne(?:nt)?|saigne (?:beaucoup|enormement|partout|fort)|(?:est|sont) (?:inconscient\w*|evanoui\w*|dans les pommes)|(?:s'est|se sont) evanoui\w*",  # noqa: E501
    r"respire (?:plus|pas)|bouge plus|se reveille (?:plus|pas)|overdose|convuls\w+|(?:vais|va|allons|vont) (?:mourir|crever)(?! de (?:rire|honte|faim|ennui))",  # noqa: E501
    rf"{NOT_NE}{ETRE} en danger(?! de (?:perdre|rater|manquer))|ma vie est en danger|(?:peur|crains) pour ma vie|(?:je suis|jsuis|chui|on est|nous sommes) (?:cachee?s?|planquee?s?)|je me cache",  # noqa: E501
    r"(?:il|elle|ils|on|y) (?:a|ont|m'a|nous a|m'ont|nous ont) ferme (?:la porte )?a (?:cle|clef|double tour)|refuse\w* (?:l'hopital|le medecin|les soins|les urgences)|(?:m'a|lui a|l'a|m'ont|lui ont|l'ont) casse (?:le bras|la jambe|les cotes|le nez|la machoire|les dents)|dans (?:le|un) coffre|(?:il y a|y'a|y a) (?:le feu|de la fumee)",
    rf"refusen?t? {D}(?:appeler|emmener|amener) (?:les secours|le samu|une ambulance|la police|un medecin|l'ambulance|a l'hopital)|(?:il|elle|ils|elles) (?:ne )?(?:repond|reagit|repondent|reagissent) (?:plus|pas)(?=\s*(?:$|[.!,;]))",  # noqa: E501
    rf"(?:veut|veulent|laisse|laissent) {NEG} (?:\w+ )?(?:l'|la |le |nous |me |que (?:j'|je |on |elle |il ))?(?:emmener|amener|aller|appeler|aille) (?:a l'|a la |au |un |le |l'|chez le )?(?:hopital|medecin|docteur|ambulance|samu|urgences)",  # noqa: E501
)

# The "n'" of a negation became "and'", which also ends the clause negations are looked for in.
DANGER: tuple[str, ...] = tuple(rf"{NOT_NE}(?:{p})" for p in _DANGER)

HARM: tuple[str, ...] = (
    WEAPONS,
    r"(?:enchain|ligot|menott)(?:e|ee|es|ees)",
    rf"saign\w+|poignard\w*|fumee|feu|tuer|eau bouillante|{ME}(?:brule|brulent|bruler|tue|tuent)|{ME}(?:frappe|frappent|bat|battent|tabasse\w*|tape|tapent|etrangle\w*)|(?:m'|nous |l')(?:a|ont) (?:frappe|battu|tabasse|blesse)\w*",  # noqa: E501
    rf"(?:peux|peut|pouvons|peuvent|arrive) {NEG} (?:a )?(?:sortir|m'enfuir|partir|m'echapper|fuir|respirer)|{ME}(?:vendre|emmener)",  # noqa: E501
)
IMMINENT: tuple[str, ...] = (
    r"maintenant|tout de suite|en ce moment|ce soir|cette nuit|vite|urgent|urgence|asteure|tantot|au secours",  # noqa: E501
    r"dans (?:une|deux|\d+|quelques|1) ?(?:heures?|minutes?|min|h)|tout a l'heure|j'ai (?:tres |trop )?peur|jai peur",
)

SAFE: tuple[str, ...] = (
    r"(?:je suis|jsuis|chui|je me sens|on est|nous sommes|elle est|il est|ils sont|elles sont) (?:bien|en securite|a l'abri|en lieu sur|hors de danger|sauvee?s?|libres?)(?! (?:enferm|attach|sequestr|coinc|retenu|pris|seule))",  # noqa: E501
    r"(?:pas|plus|personne|aucun\w*) (?:\w+ )?en danger|personne (?:and'|n')?est en danger|(?:pas|rien d(?:e')?'?) urgent|tout va bien|ca va(?: bien| maintenant)?(?=\s*(?:$|[.!,;]))",  # noqa: E501
)

NEGATION = r"pas|ne \w+ plus|and'\w+ plus|ne plus|jamais|rien|aucun|aucune|nulle part|pantoute|and'\w+|(?<!une )(?<!la )(?<!cette )(?<!chaque )(?<!toute )personne"  # noqa: E501
HEDGE = r"je (?:ne )?sais pas|j'sais pas|chais pas|jsp|je (?:ne )?suis pas sure?|pas sure?"
HYPOTHETICAL = r"et si|si quelqu'un|si une personne|si un patron|que se passe-t-il si|qu'est-ce qui se passe si|est-ce (?:que c'est )?(?:legal|illegal|normal)|en general|hypothetique\w*|comment (?:reconnaitre|identifier|savoir si)|les signes|c'est quoi la traite|un film|une serie|un roman"  # noqa: E501

# fmt: off
CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (r"(?:poste|postent|postait|publie|publiait|gere|gerait|met|mettait) (?:mes|ses|leurs|les) annonces|prostitu\w+|(?:faire|fait|font|faisait|faisaient|fais) (?:\w+ )?(?:des |les )?(?:passes|clients)|proxo|passes? a \d+|(?:faire|fait|font|fais) le (?:trottoir|tapin)|tapin\w*|trottoir|proxenet\w*|souteneurs?|maison close|(?:un|au|du|des|dans un) bordels?|escort\w*",  # noqa: E501
        rf"(?:coucher|couche|couchent) avec (?:des |les )?(?:clients|hommes|mecs|inconnus|types)|(?:recevoir|voir|servir|satisfaire|aller avec) (?:des |les )?clients|sexe contre|rapports? {G2}(?:tarife|payant|contre)|tarife\w*",  # noqa: E501
        r"michetons?|michetonn\w+|clients? (?:qui )?(?:paient|payent|paie|paye) pour|(?:vend|vendent|vendre) (?:son|leur) corps|avec finition|happy ending|massages? (?:erotiques?|naturistes?|tantriques?)|vivastreet|wannonce|sexemodel",  # noqa: E501
        rf"strip-?tease|danseuses? nues?|bar a hotesses|hotesses? de bar|camgirl|mym|onlyfans|(?:photos?|videos?|webcam|cam) {G3}(?:contre|pour) (?:de l'argent|de'argent|argent|des cadeaux|du fric)",  # noqa: E501
        rf"(?:hommes|mecs|clients) {G2}(?:entrent et sortent|defilent|vont et viennent)|defile {D}hommes|(?:paient|payent) a (?:la porte|l'entree)",  # noqa: E501
        r"(?:pars|part|partir|aller|va|monter|'monter') avec (?:un|des|les) clients?|(?:paie|paye|payent|paient|payer|payait) (?:\w+ )?pour (?:coucher|du sexe|sortir avec)|(?:hommes|mecs|types|clients) qui (?:payent|paient)|(?:hommes|mecs|types|vieux)\b[^.\n]{0,40}qui (?:la|les|me|nous|l') (?:paient|payent|paie|paye)",  # noqa: E501
        rf"(?:rdv|rendez-vous) (?:a l'|a |en )?hotel|en salon prive|(?:envoie|envoient|envoyait|emmene|amene)\w* {G2}(?:avec|chez|voir) (?:les |des |ses )?clients|chez des clients|clients {G5}contre {ARG}|tokens",  # noqa: E501
        r"dans(?:e|ent|euse|euses) (?:au|dans un|dans le|en) (?:club|bar|boite)|(?:bar|club|boite)\b[^.\n]{0,60}hotesses|(?:encaisse|encaissent|encaissait) (?:aupres )?des clients",  # noqa: E501
        rf"(?:coucher|couche|couchent|sexe|passes) {G5}(?:pour|contre) {ARG}|l'argent des clients|(?:son|leur|un|le|ton) mac(?! ?(?:book|do))",  # noqa: E501
        r"(?:la|les|m'|me|nous) (?:fait|font|oblige|obligent|force|forcent) (?:a )?(?:coucher|se prostituer|voir des clients|faire des passes)",  # noqa: E501
        # the writer was a client; "extras"; "rented out" to clients
        rf"(?:j'etais|je suis|j'ai ete|en tant que|etant) (?:un |le )?client(?! (?:de|du|d'|des|chez|fidele|regulier))|{Q}extras{Q} avec (?:les |des )?clients|faire (?:des |les )?{Q}extras{Q}",  # noqa: E501
        rf"(?:se fait|se font|se faisait) {Q}louer{Q}|{Q}(?:loue|louee|louees|loues){Q} (?:\w+ ){{0,4}}(?:a|aux) (?:des )?clients",  # noqa: E501
        # women dropped at a hotel and the money collected; rooms booked for women
        r"(?:depose|deposent|deposait|laisse|laissent|amene|amenent|emmene|emmenent) (?:\w+ ){0,2}(?:femmes|filles|nanas|meufs)[^.\n]{0,80}(?:prendre|recuperer|chercher|ramasser|recolter|encaisser) (?:l'argent|le fric|la recette|les billets|le cash)",  # noqa: E501
        r"reserv\w* (?:\d+|deux|trois|quatre|plusieurs) chambres (?:\w+ ){0,3}pour (?:des |ses |les |\d+ )?(?:femmes|filles)|(?:amene|ramene)\w* (?:toujours )?les memes (?:\d+ |deux |trois )?(?:femmes|filles)",  # noqa: E501
        # the price agreed with men; cars; "dates"; flats and hotels in turn; one number for many girls
        r"negoci\w* (?:le )?(?:prix|tarif) avec (?:un |des |les )?(?:hommes?|clients?|types?|mecs?|messieurs?)|mont(?:e|ent|ait) dans (?:des |les )?voitures (?:differentes|de clients|d'inconnus|d'hommes)",  # noqa: E501
        r"(?:pendant|durant|avant|apres) les (?:rdv|rendez-vous|passes)|(?:tourne|tournent|tournait) (?:dans|entre) (?:plusieurs|des|differents) (?:airbnb|appartements|apparts|hotels)|club (?:prive|libertin)|bar a champagne",  # noqa: E501
        r"(?:le )?meme (?:numero|telephone) (?:pour|de) (?:\d+|plusieurs|deux|trois|quatre|cinq|six|sept|huit|dix) (?:filles|femmes|annonces|profils)",  # noqa: E501
        r"vend\w* (?:des |ses |leurs )?(?:photos (?:d'elle|intimes|nues|sexy)|videos (?:intimes|sexy)|contenus?(?: prives?| adultes?| sexy)?|nudes)|(?:appels? video|lives?) payants?",),  # noqa: E501
    "work": (r"serveu(?:r|se)s?|stagiaires?|stages?|apprenti\w*|heures sup\w*|travail\w*|travaill\w+|boulot|jobs?|taff?|patron(?:ne)?s?|employeurs?|salaires?|paie|paye|embauch\w+|contrat|chef|employee?s?|boss|bosser|bosse|bossent",),  # noqa: E501
    "labor_sector": (r"(?:une|la|des|les|sa|leur|cette) fermes?|champs?|vendanges?|recoltes?|cueillette|usine|atelier|confection|couture|chantiers?|batiment|btp|maconn\w+|restaurants?|cuisine|plonge\w*|onglerie|manucure|ongles",  # noqa: E501
        r"menage|femme de menage|bonne|domestique|aide menagere|nounou|garde d'enfants|au pair|bateau|peche|pecheurs?|marin|mine|orpaillage|mendi\w+|boulangerie|epicerie|entrepot|abattoir|maraich\w+|serres?|talibes?|car wash|lavage auto|kebab|snack|fast-food|pizzeria|boucherie|chez (?:une|cette|la|des) familles?|vend\w* (?:des )?(?:mouchoirs|fleurs|bonbons|briquets|cigarettes|chewing-gums?)|au feu rouge",),  # noqa: E501
    "massage": (r"massages?|salon de massage|spa|institut de massage|saunas?|hammam|salon prive",),
    "suspicion": (r"(?:la police|la gendarmerie|l'inspection du travail|les inspecteurs|une association|les secours) (?:\w+ ){0,2}(?:libere|sauve|sorti|evacue|ferme|demantele)\w*|(?:a ete|ont ete|etait|etaient|sont|est|suis|j'ai ete|on a ete) exploitee?s?|esclavage moderne|louche|suspect\w*|bizarre|etrange|pas normal|quelque chose (?:cloche|ne va pas|de bizarre)|je pense que|je crois que|j'ai l'impression|traite (?:des etres humains|humaine|des personnes)",),  # noqa: E501
    "smuggling": (r"passeurs?|passer la frontiere|traverser la (?:frontiere|mer|mediterranee)",),
    "partner": (r"(?:mon|ma|son|sa) (?:mari|femme|copain|copine|chum|blonde|conjointe?|compagnon|compagne|ex|petit ami|petite amie|fiancee?)|(?:mon|ma) (?:coloc\w*|proprio\w*|proprietaire)",),  # noqa: E501
    "past_long": (r"(?:il y a|y'a|y a) (?:\d+|plusieurs|quelques|deux|trois|longtemps|des) (?:ans|annees|mois)|l'annee derniere|l'an (?:dernier|passe)|en (?:19|20)\d\d|quand j'etais (?:petite?|enfant|jeune|mineure?|ado|la-bas)|quand (?:je|j'|on|nous) (?:travaillais|travaillait|travaillions|vivais|vivait|habitais|habitait|etais|etait)|il y a longtemps|autrefois",),  # noqa: E501
    "past_recent": (r"(?:il y a|y'a|y a) (?:\d+|deux|trois|quelques|un) (?:semaines?|mois)|la semaine (?:derniere|passee)|le mois (?:dernier|passe)|ca fait (?:\d+|deux|trois|quelques) semaines",),  # noqa: E501
    "present": tuple(rf"(?:{p}){NOT_ASKED}" for p in (r"(?:maintenant|aujourd'hui|aujourdhui|auj)(?! (?:je suis|j'ai|je vais|tout va|ca va|je vis|on est|nous sommes|c'est fini))|en ce moment|actuellement|toujours|encore|hier|cette (?:semaine|nuit)|ce (?:soir|matin|week-end)|tous les (?:jours|soirs)|chaque (?:jour|nuit|soir)|toutes les nuits|avant-hier|asteure",  # noqa: E501
        r"(?:il y a|y'a|y a) (?:\d|deux|trois|quelques) jours|(?:il y a|y'a|y a) (?:\d+|quelques|une|deux|dix) (?:minutes?|heures?)|a l'instant",)),  # noqa: E501
    "out_safe": (r"je m'en suis sortie?|j'ai (?:pu|reussi a) (?:partir|sortir|m'enfuir|m'echapper|fuir)|je me suis (?:enfuie?|echappee?|sauvee?)|je suis (?:partie?|sortie?) de (?:la|chez)|j'ai (?:pu |reussi a )?(?:m'enfuir|m'echapper|fuir)|(?:elle|il|on) s'est (?:enfui|echappe|sauve)\w*|(?:s'est|se sont|nous sommes) (?:enfui|echappe)\w*",  # noqa: E501
        r"(?:a ete|ont ete|j'ai ete|on a ete|avons ete) (?:liber|sauv|secour)\w*|dans un (?:foyer|refuge|centre d'hebergement)|(?:je suis|on est|elle est|il est|nous sommes) (?:[\w'-]+ ){0,4}?(?:en securite|a l'abri|hors de danger|en lieu sur)",  # noqa: E501
        r"(?:travaille|vit|suis|est|habite) plus (?:la-?bas|chez|avec)|maintenant (?:je vais|ca va|tout va) bien|(?:je vais|ca va|tout va) bien maintenant",  # noqa: E501
        r"(?:est|suis|sont|sommes) (?:rentree?s?|revenue?s?) (?:au pays|a la maison|chez (?:elle|moi|lui|nous|eux)|en (?!train)\w+|a (?!\d)\w+)|(?:elle|il|je) (?:va|vais) mieux|tout le monde va bien|on va (?:tous )?bien|(?:m'|nous |l'|les )(?:a|ont) aidee?s? a (?:partir|sortir|fuir)",),  # noqa: E501  # noqa: E501
    "hearsay": (r"j'ai entendu (?:dire|parler|qu\w*)|on (?:m'a )?dit qu(?:e|'\w*)|on dit qu(?:e|'\w*)|il parait que|parait que|apparemment|rumeurs?|(?:un|une) (?:ami|amie|pote|copine|copain|collegue|voisin|voisine|connaissance|cousin|cousine|gars|mec|type|personne) (?:\w+ ){0,2}(?:m'a )?(?:dit|raconte|parle)|quelqu'un (?:m'a )?(?:dit|raconte)|(?:ils|elles|les gens|les filles|on) (?:me |m')?(?:disent|dit) qu(?:e|'\w*)",),  # noqa: E501
    "identifiable": (r"(?:ma|mon) (?:s(?:oe|œ)ur|frere|fille|fils|cousine?|niece|neveu|mere|maman|pere|papa|tante|oncle|amie?|voisine?|collegue|copine|copain|femme|mari|eleve)|(?:elle|il) s'appelle|son nom est|je suis|on est|nous sommes",),  # noqa: E501
    "question": (r"est-ce que|est-ce (?:legal|illegal|normal|grave)|c'est (?:legal|illegal|normal|grave|un crime)|comment (?:faire|je|on|signaler|denoncer|savoir|ca marche|porter plainte)|ou (?:est-ce que|je peux|puis-je|signaler)",  # noqa: E501
        r"(?:c'est|est-ce) (?:ok|autorise|permis|interdit|legal|normal)\W*\?|a-t-(?:il|elle) le droit|(?:il|elle|on|ils|elles|je) (?:a|ont|ai) le droit (?:de|d'\w+)|(?:on|je) (?:peut|peux) (?:reclamer|porter plainte|faire|demander)|peut-on|est-il possible",  # noqa: E501
        r"qu'est-ce que|c'est quoi|je voudrais savoir|j'aimerais savoir|une question|informations?|renseignements?|benevol\w*|faire un don|(?:un |mon )?expose|pour (?:un devoir|l'ecole|la fac|un projet|un memoire)|^\W*(?:comment|pourquoi|quand|qui|quoi|puis-je|peut-on|pouvez-vous)\b",),  # noqa: E501
    "test": (INJECTED_LINE, r"^\W*(?:ceci est |c'est )?(?:un |juste un )?test(?: du (?:systeme|numero|service|bot))?\W*(?:(?:merci de |svp )?(?:ne pas (?:traiter|repondre|tenir compte)|ignorez?))?\W*$",
        r"^\W*(?:(?:test|tester|essai|ceci est un test|c'est un test|un test|juste un test|bonjour|bonsoir|salut|allo|coucou|y'a quelqu'un|il y a quelqu'un|quelqu'un|ca marche|vous etes la|ignorez|ignore|ignorer|svp|\d+)\b\W*)+$",),  # noqa: E501
    "abuse": (r"incapables?|bande d(?:e')?'?(?:incapables|nuls|idiots|cons|bouffons)|connard\w*|connasse|salope|putain|merde|encule\w*|nique ta|ntm|fdp|ta gueule|abruti\w*|debiles?|nuls|inutiles|va te faire|tabarnak|tabarnac|calisse|osti",),  # noqa: E501
    "joke": (r"c'est une blague|je rigole|j'rigole|je plaisante|pour rire|blague|canular|poisson d'avril",),
    "laugh": (r"mdr|ptdr|xptdr|hihi\w*|hahaha\w*|lol|xd|😂|🤣|😹|😆|😅",),
    "chain": (r"vous avez gagne|cliquez ici|felicitations|partagez|faites tourner|fais tourner|transferez|a diffuser|diffusez|camionnette blanche[^.\n]{0,80}(?:enlev|kidnapp|rapt|organes|disparu)|(?:enlev|kidnapp|rapt)\w*[^.\n]{0,80}(?:camionnette|van) blanche|attention (?:les filles|mesdames|a tous)|envoyez (?:ce message )?a (?:\d+|tous)",),  # noqa: E501
    "minor_sex_context": (rf"hotels?|motels?|chambre {D}hotel|sexu\w+|nue|nues|toute? nue?|a poil|intimes?|coucher avec|hommes? plus ages?|vieux (?:monsieur|mec)",),  # noqa: E501
    "self_trafficked": (r"victimes? de (?:la )?traite|(?:j'ai ete|on a ete) traffiquee?s?",),
    "employment": (r"travail\w*|travaill\w+|boulot|jobs?|patron\w*|employeurs?|chef|gerante?s?|contremaitre|boss",),
    "others_remain": (rf"(?:les autres|{D}autres|les autres filles|les autres ouvriers) {G2}(?:sont toujours|sont encore|restent|y sont|toujours la|encore la)",  # noqa: E501
        rf"(?:a|ont) encore {D}autres (?:filles|femmes|ouvriers|gens)",
        r"(?:mes|nos|ses|leurs|les) (?:collegues|copines|amies|amis|compatriotes|camarades|cousines|soeurs|filles|femmes|ouvriers|gars)[^.\n]{0,60}?(?:sont toujours|sont encore|restent|y sont toujours|toujours la|encore la)",),  # noqa: E501
}
# fmt: on

NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix sept": 17, "dix-huit": 18, "dix huit": 18,
    "dix-neuf": 19, "dix neuf": 19, "vingt": 20,
}  # fmt: skip
PERSON = r"(?:un|une|l'autre|fille|filles|fillettes?|gamine?s?|garcons?|enfants?|ados?|adolescente?s?|mineure?s?|s(?:oe|œ)ur|frere|niece|neveu|cousine?|fils|petite?s?|jeunes?|bonne|eleves?|collegienne|lyceenne|victime)"  # noqa: E501
AGES = (
    r"\b(?:j'?ai|il a|elle a|qui a|qui ont|ils ont|elles ont|t'as|tu as|avait|avaient|j'avais|avoir|aurait) (?:que |juste |seulement |a peine |peut-etre |environ |genre |pas plus de |tout juste )?{N}(?:(?: ou | a |-| et |/| ){N})? ?ans\b",  # noqa: E501
    rf"\b{PERSON} (?:de|d'|de') ?(?:environ |a peine |seulement |pas plus de )?{{N}}(?:(?: ou | a |-| et |/| ){{N}})? ?ans\b",  # noqa: E501
    r"\b(?:fait|faisait|parait|paraissait|fait genre) (?:genre |environ |a peine |pas plus de )?{N} ans\b|\bsembl\w+ avoir (?:\w+ )?{N} ans\b|\bagee?s? de {N}\b|\b(?<!y )(?<!y')a (?:que |juste |seulement |a peine |environ |genre |tout juste )?{N}(?:(?: ou | a |-| et |/| ){N})? ?ans\b(?! (?:de prison|d'experience|de'experience|de travail))",  # noqa: E501
    rf"\b{PERSON}, {{N}} ans\b|\b{PERSON} (?:de|d') {{N}}(?= et | ou |, )|\(\s*{{N}} ?ans\b",
)
MINOR_WORDS = (
    r"mineure?s?(?! (?:de fond|d'or|de'or|de charbon|artisanaux))|pas majeure?s?|moins de (?:18|dix-huit) ans|collegien\w*|lyceen\w*|fillettes?|talibes?|petites? bonnes?",  # noqa: E501
    r"(?:en|de) (?:6e|5e|4e|3e|6eme|5eme|4eme|3eme|sixieme|cinquieme|quatrieme|troisieme|cm1|cm2|ce1|ce2)|au (?:college|primaire|secondaire)|secondaire [1-5]",  # noqa: E501
    r"(?:elle|il|elles|ils) (?:est|sont) (?:encore )?(?:une |un |des )?(?:enfants?|gamine?s?|ados?|adolescente?s?)|avec (?:des|nos|mes|ses|leurs) (?:enfants|bebes|gamins)",  # noqa: E501
)
HINTS = (
    "je", "suis", "moi", "aidez", "pas", "nous", "vous", "avec", "mon", "est", "dans", "merci",
    "svp", "stp", "peur", "chez", "sont", "veux", "peux", "oui", "jsuis", "chui", "aussi", "beaucoup",
)  # fmt: skip

# Where someone could be sent: a numbered street, a street with its town, a named business,
# farm or boat with its town ("bar Le Tropical, 3 quai de la Fosse à Nantes").
_GEN = r"(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|a|en|dans|sur|pres|chez|ou|qui|que|et|avec|sans|pour|par|mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|votre|ce|cet|cette|ces|tout|toute|tous|meme|grand|grande|petit|petite|nouveau|nouvelle|vieux|vieille|chinois\w*|japonais\w*|asiatique|thai\w*|africain\w*|principal\w*|quelque|quelques|part|certain\w*|autre|prive\w*|louche|bizarre|clandestin\w*|illegal\w*|centre|ville|quartier|coin|matin|soir|midi|nuit|jour|week-end|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|ici|la-bas|il|elle|ils|elles|on|je|est|sont|y|ca|\d+\w*)"  # noqa: E501
_NAMEW = rf"(?!{_GEN}\b)[\w'&.-]+"
_TOWN = r"(?!(?:la|le|les|l'|un|une|des|mon|ma|son|sa|leur|ce|cette|maison|ville|centre|quartier|coin|cote|rue|place|bas|haut|fond|gare|matin|soir|nuit|jour|heure|heures|chez|moi|lui|elle|eux|travail|pied)\b)[\w'-]{3,}"  # noqa: E501
_STREET = r"(?:rue|avenue|av\.?|boulevard|bd|bld|blvd|quai|place|pl\.|chemin|impasse|allee|route|rte|cours|chaussee|passage|square|faubourg|fbg|voie|sentier|residence|rond-point|rang|montee|promenade|esplanade|parvis|zone industrielle|zone commerciale|zone artisanale|zi|za|zac|lieu-dit)"  # noqa: E501
_BUSINESS = r"(?:restaurant|resto|bar(?: a (?:chicha|hotesses|champagne))?|chicha|club|boite(?: de nuit)?|discotheque|hotel|\w*hotel|motel|auberge|pension|salon(?: de (?:massage|coiffure|beaute|manucure))?|institut|spa|onglerie|atelier(?: de couture)?|usine|entrepot|ferme|exploitation|domaine|chateau|serres?|chantier|garage|car wash|station de lavage|epicerie|boulangerie|patisserie|pizzeria|kebab|snack|creperie|brasserie|supermarche|magasin|boutique|chalutier|bateau|navire|cargo|thonier|camping|cabaret|sauna|hammam)"  # noqa: E501
_NAME = rf"{Q}(?:(?:le|la|les|l'|chez|du|des|de la|au|aux) ?)?{_NAMEW}(?: (?:d[eu]s? |de la |d'|et |& )?{_NAMEW}){{0,3}}?{Q}"
_SEP = r"(?:,? (?:a|au|aux|a la|sur la|sur le|sur|pres de|a cote de|en face de|de|du|en|dans la|dans le) |, )"
PLACES = (
    # "14 rue des Poissonniers", "3, quai de la Fosse", "22 bis avenue Jean Jaurès"
    rf"\d{{1,4}}(?: ?(?:bis|ter|b))?,? {_STREET} (?:d[eu]s? |de la |de l'|d'|du )?[\w'-]{{2,}}",
    # "rue de la République à Roubaix", "chaussée de Bruxelles à Jumet", "chemin de la Crau près de Saint-Martin"
    rf"{_STREET} (?:d[eu]s? |de la |de l'|d'|du )?{_NAMEW}(?: [\w'-]+){{0,3}}?,? (?:a|au|a la|pres de|a cote de|en face de|dans|sur la commune de) {_TOWN}",  # noqa: E501
    # "rue Myrha, au 22", "rue Sainte n° 9"
    rf"{_STREET} (?:d[eu]s? |de la |de l'|d'|du )?{_NAMEW}(?: [\w'-]+){{0,3}}?,? (?:au |n[o°]\.? ?|numero )\d{{1,4}}\b",
    # a national or departmental road with where along it: "sur la N7 à la sortie de Montélimar"
    rf"(?:rn|rd|n|d|a|e)[- ]?\d{{1,4}}\b,? (?:a la sortie (?:de|d')|a l'entree (?:de|d')|pres de|entre|vers|direction|au niveau de|a hauteur de|a) ?{_TOWN}",  # noqa: E501
    # a farm on a named road: "ferme ... sur la route de Cavaillon"
    rf"(?:ferme|exploitation|domaine|serres?|chateau|vignes?|vergers?)\b[^.\n]{{0,60}}(?:sur la |la )?(?:route|chemin|rn|rd|[nd]\d+) (?:de |d'|du |vers )?{_TOWN}",  # noqa: E501
    # "sur la route entre Arles et Salon"
    rf"(?:route|chemin|rn|rd|n|d)(?:[- ]?\d{{1,4}})? (?:[\w'.-]+ )?entre {_TOWN} et {_TOWN}",
    # "bar Le Tropical, 3 quai...", "Hôtel Bellevue à Évian", "chalutier Ar Men au port de Concarneau"
    rf"{_BUSINESS} (?:appele |nomme |qui s'appelle )?{_NAME}{_SEP}(?:la |le |l')?{_TOWN}",
    # "Onglerie Star Nails, centre commercial Belle Épine", "entrepôt Logis-Trans, zone industrielle de Vénissieux"
    rf"{_BUSINESS} {_NAME},? (?:du |au |dans le |dans la |de la )?(?:centre commercial|galerie marchande|zone commerciale|zone industrielle|zone artisanale|port|marche|gare) (?:de |du |d')?{_NAMEW}",  # noqa: E501
    # chain hotels named with their town: "au Kyriad de Mérignac", "l'Ibis Budget de Nantes"
    rf"(?:ibis|kyriad|campanile|formule 1|f1|premiere classe|b&b|novotel|mercure|balladins|fasthotel|hotel f1)(?: budget| styles| hotel)? (?:de|d'|a|du|sur|pres de) {_TOWN}",  # noqa: E501
)

# Words the English and Spanish tables read as something else: "retard" (late) is no insult,
# "Nina", "Nino" are names, not Spanish children.
SMS_WORDS = {"retard": "delai", "nina": "nyna", "nino": "nyno"}

LANGUAGE = Language(
    code="fr",
    name="French",
    native_name="Français",
    script="latin",
    lingua="FRENCH",
    danger=DANGER,
    harm=HARM,
    imminent=IMMINENT,
    safe=SAFE,
    negation=(NEGATION,),
    hedge=(HEDGE,),
    hypothetical=(HYPOTHETICAL,),
    own_situation=(r"je|j'\w+|moi|mon|ma|mes|notre|nos|m'\w+",),
    indicators=INDICATORS,
    cues=CUES,
    numbers=NUMBERS,
    ages=AGES,
    minor_words=MINOR_WORDS,
    hints=HINTS,
    places=PLACES,
    sms_words=SMS_WORDS,
    keywords={
        "stop": ("arret", "arreter", "stop", "desabonner", "desinscription", "annuler"),
        "help": ("aide", "aidez", "secours"),
        "start": ("commencer", "demarrer", "reprendre"),
    },
    examples={
        "cry_for_help": (
            "au secours",
            "Aidez-moi svp, il me frappe et il a fermé la porte à clé",
            "à l'aide!! ils vont nous emmener ce soir, appelez la police",
        ),
        "locked_in": (
            "je suis enfermée dans une chambre depuis hier, je peux pas sortir, aidez moi",
            "Chu barrée dans le sous-sol pis y m'ont pris mon cell, appelez le 911",
        ),
        "minor": (
            "elle a 15 ans et son mac la fait coucher avec des clients à l'hôtel",
            "Ma nièce de 14 ans travaille comme petite bonne chez une famille à Dakar et ne va pas à l'école",  # noqa: E501
        ),
        "negated_danger": (
            "je ne suis pas en danger maintenant, mais mon ancien patron garde toujours mon passeport",  # noqa: E501
            "Personne n'est en danger, je voulais juste savoir comment signaler un salon de massage",
        ),
        "commercial_sex": (
            "son mac garde tout l'argent et l'oblige à faire des passes tous les soirs",
            "Dans ce salon de massage les filles doivent voir des clients et le patron a confisqué leurs passeports",  # noqa: E501
        ),
        "labor": (
            "Le patron a gardé nos passeports et ne nous paie pas depuis 4 mois sur le chantier",
            "je travaille comme bonne chez madame à Beyrouth, elle a pris mon passeport et je n'ai jamais été payée",  # noqa: E501
        ),
    },
)
