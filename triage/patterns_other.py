"""Portuguese, French and Italian pattern tables: danger words, ages, documents, pay, sex for money.

Not a full rubric in these languages: enough that a tip in them is not lost (its danger,
minors, the core strong indicators and the kind of exploitation are caught).
"""

from __future__ import annotations

# Portuguese folded: "trancada", "passaporte", "nao me paga"; French: "enfermee", "passeport".
DOCS = r"(?:passaportes?|documentos|passeports?|papiers|pieces d'identite|carte d'identite)"

INDICATORS: dict[str, tuple[str, ...]] = {
    "controlled_by_third_party": (
        r"(?:m'|nous |l'|les )oblig\w+ a (?:voir|servir|coucher|se prostituer)",
        r"(?:me|nos|a|as) obrig\w+ a (?:atender|ver|fazer programa)",
    ),
    "weapon": (r"faca", r"pistola", r"arma", r"revolver", r"couteau", r"pistolet", r"fusil"),
    "confiscated_documents": (
        rf"(?:pegou|pegaram|tirou|tiraram|ficou com|ficaram com|guarda|guardam|levou|levaram|tem|retem|confisc\w+) (?:o |os |a |as |meu |minha |meus |nosso |nossos |seu |seus )?{DOCS}",  # noqa: E501
        rf"(?:garde|gardent|a pris|ont pris|prend|prennent|confisque\w*|a garde|ont garde) (?:mon |ma |mes |nos |son |sa |ses |leurs? |le |la |les )?{DOCS}",  # noqa: E501
    ),
    "unpaid_wages": (
        r"(?:nao|nunca) (?:me |nos |lhe |lhes )?(?:paga|pagam|pagou|pagaram)",
        r"sem (?:receber|salario|pagamento)",
        r"(?:ne|n') (?:me |nous |lui |leur )?(?:paie|paye|paient|payent|a (?:pas|jamais) paye)",
        r"sans (?:salaire|etre paye\w*)",
    ),
    "confinement": (
        r"(?:prendem|prende|trancam|tranca|enferment|enferme) (?:a gente|nos|me|a|as|os|eles|elas)",
        r"(?:trancad|presa|pres[oa]s|enfermad)\w*",
        r"(?:enferme|enfermee|enfermes|enfermees|sequestre\w*)",
    ),
    "threats_of_violence": (
        r"(?:ameaca|ameacou|ameacam) (?:me |nos )?(?:matar|bater)",
        r"(?:menace|menacent) de (?:me |nous |la |le )?(?:tuer|frapper)",
    ),
    "signs_of_abuse": (
        r"(?:me|nos|a|o) (?:bate|batem|bateu|espanca\w*)",
        r"(?:me|nous|la|le) (?:frappe|frappent|bat|battent)",
    ),
    "restricted_movement": (
        r"(?:nao|nunca) (?:me |nos |a |as )?(?:deixa|deixam) sair",
        r"(?:ne|n') (?:me |nous |la |les )?(?:laisse|laissent) (?:pas|jamais) sortir",
    ),
}

DANGER: tuple[str, ...] = (
    r"(?:je suis|nous sommes|elle est|il est) (?:retenue?s?|sequestree?s?)",
    r"(?:estou|estamos|esta|estao) em perigo",
    r"(?:je suis|nous sommes|elle est|il est) en danger",
    r"socorro",
    r"me ajud(?:a|e|em)",
    r"(?:estou|estamos|esta|estao) (?:trancad|pres|sequestrad|amarrad)\w*",
    r"(?:vai|vao) me (?:matar|vender|levar)",
    r"au secours",
    r"aidez[- ]?(?:moi|nous)",
    r"(?:je suis|nous sommes|elle est|il est) (?:enferme|enfermee|enfermes|enfermees|sequestre\w*|attache\w*)",  # noqa: E501
    r"(?:va|vont) me (?:tuer|vendre)",
    # Italian: "aiuto", "sono chiusa", "mi tengono chiusa in casa", "mi picchiano".
    r"aiuto",
    r"(?:sono|siamo|e|sta|stanno) (?:chius|rinchius|sequestrat|legat)[aoie]",
    r"(?:sono|siamo|e) in pericolo",
    r"(?:mi|ci|la|lo|li|le) (?:tengono|tiene) (?:chius|rinchius|prigionier|legat)[aoie]",
    r"(?:mi|ci|la|lo) (?:stanno picchiando|sta picchiando|picchiano|picchia)",
    r"(?:mi|ci|la|lo) (?:vogliono|vuole) (?:uccidere|ammazzare|vendere)",
)

CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (
        r"prostitu\w*",
        r"programas? (?:com|para) (?:homens|clientes)",
        r"(?:ver|atender) clientes",
        r"(?:voir|servir) des clients",
        r"(?:vend|vende|vendem) (?:ela|elas|a menina)",
        r"vendid[ao]s? (?:para|a|aos?) (?:homens|clientes|caras)",
        r"(?:amen|emmen|conduit|conduis|depos)\w* (?:\w+ )?(?:chez|a|voir) (?:des |les |ses )?clients",
        r"(?:clienti|uomini) (?:\w+ ){0,3}per soldi",
        r"prostituzione",
    ),
    "hearsay": (r"ouvi dizer", r"dizem que", r"on dit que", r"j'ai entendu"),
    "work": (r"trabalh\w*", r"patrao", r"patroa", r"emprego", r"travail\w*", r"patron", r"boulot"),
    "labor_sector": (
        r"fazendas?",
        r"restaurantes?",
        r"limpando",
        r"limpeza",
        r"construcao",
        r"fabrica",
        r"fermes?",
        r"restaurants?",
        r"usine",
        r"menage",
        r"chantier",
    ),
    "test": (
        r"^\W*(?:(?:oi|ola|isso e um teste|e um teste|teste|bonjour|salut|c'est un test|un test|essai)\b\W*)+$",
    ),  # noqa: E501
}

# Ages and minor words: "14 anos", "15 ans", "menor de idade", "mineure".
AGE = (
    r"\b(?:de|a|age de|agee de|j'ai|il a|elle a) (\d{1,2}) ans\b"
    r"|\b(?:ho|ha|hanno|di|tem|tenho|com) (\d{1,2}) (?:anni|anos)\b"
)
MINOR_WORDS = r"menor(?:es)? de idade|mineure?s?|une enfant|un enfant|criancas?"
