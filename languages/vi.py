"""Vietnamese: danger, minors, the core indicators and the kind of exploitation, as texted.

Patterns match folded text: no tone marks, "đ" as "d" ("giúp tôi" → "giup toi"). People often
text without diacritics and in teen code: "ko"/"k"/"hok" for không ("k" reaches the patterns
as "que", an SMS rewrite meant for Spanish), "dc"/"đc"/"dk" for được, "j" for gì, "e" for em.
"""

from __future__ import annotations

from languages.base import Language

# People: I/we (toi, tui, em, minh...), they (ho), she/he (co ay, no), the girls, my sister.
P = r"(?:toi|tui|tao|minh|em|anh|chi|co ay|co gai|chung toi|chung em|chung minh|bon toi|bon em|bon minh|tui em|tui toi|chau|con|be|ho|no|han|moi nguoi|cac co(?: gai)?|may co(?: gai)?|cac em|chi em|em gai(?: toi| em)?|con gai(?: toi)?|ban (?:toi|em|minh))"  # noqa: E501
PC = rf"(?:{P}|e|co)"  # in a cry: "cuu e voi"
SUBJ = r"(?:toi|tui|em|minh|chung toi|chung em|bon em|bon toi|co ay|chi ay|anh ay|chau|moi nguoi|ca nha)"  # noqa: E501
NEG = r"(?:khong|ko|kh|khg|kg|k|hok|khum|hem|que|chang|chua)"  # "k" arrives as "que"
DC = r"(?:duoc|dc|dk|dx)"
G2 = r"(?:\w+ ){0,2}"
G4 = r"(?:\w+ ){0,4}"
DOCS = r"(?:ho chieu|passport|giay to(?: tuy than)?|chung minh(?: nhan dan| thu)?|cmnd|cccd|can cuoc|the cu tru|the xanh|visa|thi thuc|giay phep lao dong|the ngoai kieu|zairyu)"  # noqa: E501
OUT = r"(?:ra ngoai|ra khoi|ra duong|di dau|di ra|roi khoi|ve nha|ve que|ve nuoc|bo viec|nghi viec|bo di|tron|bo tron)"  # noqa: E501
NOW = (
    r"(?:bay gio|ngay bay gio|luc nay|ngay luc nay|toi nay|dem nay|ngay lap tuc|khan cap|nhanh len)"  # noqa: E501
)
TIME = r"(?:toi nay|dem nay|sang mai|ngay mai|hom nay|dem mai|(?:\d+|mot|vai|hai|ba|nua) (?:tieng|gio) nua)"  # noqa: E501
MOVE = r"(?:ban|chuyen|bat|cho di|dua di|ban di|bat di|dem di|chuyen di)"
TOWHERE = r"(?:len xe|len tau|len thuyen|qua bien gioi|sang (?:bien gioi|trung quoc|tq|campuchia|cam|lao|thai))"  # noqa: E501

# "nó" (he, she, it) folds to "no", an English and Spanish negation, and "nào" (which, any) to
# Portuguese "nao": a match starts at them, so that "nó giữ hộ chiếu" or "ngày nào cũng bị
# đánh" is not read as negated.
NO = r"(?:(?:tui |bon |chung |thang |con |may |ca |ngay |dem |luc |hom |toi |cho |khi )?(?:no|nao) (?:(?!(?:khong|ko|kh|khg|kg|hok|khum|hem|que|chang|chua)\b)\w+ ){0,2})?"  # noqa: E501


def _s(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """Patterns that may start at the subject "nó"."""
    return tuple(p if p.startswith("^") else NO + p for p in patterns)


# fmt: off
INDICATORS: dict[str, tuple[str, ...]] = {
    "confinement": (
        r"(?<!tung )bi (?:nhot|xich|troi|bat coc|giam giu|giam long|giam cam|cam tu)",
        rf"nhot (?:{P} |het |lai |chung )?(?:trong|o|lai|vao|tai)",
        r"bi giam(?! (?:luong|gia|can|bot|tien|gio|ca|thue))",
        r"bi (?:khoa|giu) (?:trai |cua )?(?:trong|lai|o|tai)",
        rf"khoa (?:trai|cua nhot|cua lai|{P} (?:trong|lai|o))",
        rf"(?:xich|troi) (?:{P} )?(?:tay|chan)",
        rf"(?:xich|troi) (?:{P}) (?:lai|vao)",
        r"(?:bat coc|mac ket|xieng xich|giam long|giam cam|xich lai)",
        rf"{NEG} (?:the )?(?:thoat|ra|tron) (?:ra )?(?:ngoai |khoi \w+ )?{DC}",
        rf"{NEG} (?:the|co cach nao) (?:de )?(?:thoat|tron) (?:ra|khoi|duoc|dc)",
    ),
    "restricted_movement": (
        rf"{NEG} (?:cho|de) (?:{P} )?(?:\w+ )?{OUT}",
        rf"{NEG} (?:{DC}|duoc phep|the|dam) (?:tu )?(?:{G2})?{OUT}",
        rf"cam (?:{P} )?(?:ra ngoai|ra khoi|di ra|roi khoi|ra duong)",
        rf"{NEG} cho (?:{P} )?ve(?! (?:sinh|sau|viec|chuyen|van de|phia))",
        rf"(?:ra ngoai|ve nha|ve nuoc|ra khoi \w+|nghi viec|bo viec) {NEG} (?:{DC}|duoc phep)",
        r"(?:luon |bi |deu bi )(?:theo doi|giam sat|canh chung|canh gac|kiem soat)",
        rf"(?:phai )?xin phep (?:moi |de )?(?:{DC} )?ra ngoai",
        r"(?:co )?nguoi (?:canh|gac|theo doi) (?:24/24|suot|moi luc|cua)",
    ),
    "signs_of_abuse": (
        r"danh dap",
        r"bi (?:danh|dap|dam|chem|hanh hung|hanh ha|nguoc dai|tra tan|chich dien|dot)(?! (?:gia|thue|thuc|cap|rang|tieng|ten|dau|trong|bong))",  # noqa: E501
        rf"(?:danh|dap|dam|hanh ha|hanh hung|nguoc dai|tra tan) (?:{P})(?! (?:gia|thue|dau|dien))",
        r"(?:bam tim|vet bam|vet thuong|vet seo|bi bong|bi thuong|sung (?:mat|moi|vu|het))",
        r"(?:gi|di|dot) (?:tan )?thuoc (?:la )?(?:vao|len)",
    ),
    "weapon": (
        r"(?:khau|cay|co|cam|chia|mang|rut|giau|vung|ke) sung",
        r"sung (?:luc|ngan|truong|dan|dien|ak|hoa cai)",
        r"(?:con|cay|cam|co|rut|vung|mang|chia|ke|giau) (?:dao|ma tau|dui cui)",
        r"dao (?:gam|phay|nhon|bau)",
        r"(?:ma tau|vu khi|dui cui dien|roi dien)",
    ),
    "threats_of_violence": (
        rf"(?:de )?doa (?:se )?{G4}(?:giet|danh|chem|xu|lam hai|thu tieu|ban|dam|gia dinh|nguoi nha|bo me|vo con)",  # noqa: E501
        rf"(?:se|sap|dinh|muon) (?:\w+ )?(?:giet|danh|chem|xu|lam hai|thu tieu) (?:{P}|gia dinh|nguoi nha|bo me|ca nha)",  # noqa: E501
        r"(?:giet|lam hai|xu|tim den|tim toi) (?:ca )?(?:gia dinh|nguoi nha|bo me|ba me|vo con|ca nha)",
        rf"bi (?:de )?doa(?! {G4}(?:cong an|canh sat|di tru|truc xuat|dang anh|tung anh|clip|hinh))",
    ),
    "threats_of_deportation": (
        rf"doa {G4}(?:bao|goi|to cao|giao|nop) (?:cho |len )?(?:cong an|canh sat|di tru|so di tru|ice)",
        rf"(?:doa|se bi|sap bi) {G2}(?:truc xuat|tru xuat|duoi ve nuoc|tra ve nuoc|gui ve nuoc|dua ve nuoc)",
    ),
    "threats_of_exposure": (
        rf"(?:doa|se) {G4}(?:tung|dang|gui|phat tan|up) {G2}(?:anh|hinh|clip|video)",
        r"tong tien",
        r"(?:anh|hinh|clip|video) (?:nude|khoa than|sex)",
    ),
    "confiscated_documents": (
        rf"(?:giu|thu|lay|tich thu|cam|giu lai|thu giu|tam giu|giau|khong tra|ko tra|chua tra) (?:het |luon |mat |di |lai )?(?:{G2})?{DOCS}",  # noqa: E501
        rf"{DOCS} {G4}(?:bi )?(?:giu|thu|tich thu|lay|cam) (?:het|roi|mat|di|lai|luon)",
        rf"{DOCS} {G4}(?:chu|ong chu|ba chu|cong ty|moi gioi|ho|no) (?:giu|cam|lay|thu)",
    ),
    "debt_bondage": (
        r"(?:mac|tra|khoan|ganh|om) no(?! (?:luc|ra|noi|la|co|di|den))",
        r"no (?:\d+|mot|hai|ba|nam|muoi|nhieu|vai) (?:\w+ )?(?:trieu|nghin|ngan|usd|yen|van)",
        r"no (?:tien )?(?:moi gioi|phi|ve may bay|cong ty|ong chu|ba chu)",
        r"(?:no nan|no ngap dau|tien no|lam tra no|tra het no|phi moi gioi|con no (?:\w+ )?(?:tien|trieu|cong ty|chu))",  # noqa: E501
        rf"tru {G2}(?:luong|vao luong) {G2}(?:tien an|tien nha|tien o|tien phong|ve may bay|phi)",
        rf"bat (?:{P} )?(?:tra|dong) (?:tien )?(?:an|nha|o|phong|ve may bay|phi)",
    ),
    "unpaid_wages": (
        rf"{NEG} (?:{DC} |duoc |bi |co |nhan |he )?(?:tra |phat |nhan |co )?(?:tien )?(?:luong|cong)(?! (?:bang|ty|an|viec|nhan|dong|truong|khai|thien|thuc))",  # noqa: E501
        rf"{NEG} (?:tra|dua|phat) (?:{G2})?(?:mot dong|dong nao|xu nao|dong xu|tien cong)",
        r"(?:lam|di lam|lam viec|lam thue) (?:khong cong|free|mien phi|khong luong)",
        r"(?:giu|quyt|tru het|lay het|no) (?:het |tien )?luong",
        r"bi quyt (?:luong|tien)",
    ),
    "controlled_by_third_party": (
        rf"(?:bat|ep|buoc|cuong ep|dua) (?:{P} )?(?:phai )?(?:di khach|tiep khach|ban dam|lam gai|ngu voi khach|quan he voi khach|phuc vu khach|di nha nghi)",  # noqa: E501
        rf"(?:bat|ep|buoc|cuong ep) (?:{P} )?(?:phai )?(?:lam viec|di lam|lam)",
        r"(?:lay|thu|giu|cam) (?:het|toan bo|gan het|phan lon) (?:so )?tien",
        r"(?:chan dat|dat gai|chu chua|bao ke|(?:ke|bon|to chuc|duong day|nhom) buon (?:ban )?nguoi|duong day mai dam)",  # noqa: E501
        rf"(?:bi|da|se|dinh|muon) ban (?:{P} )?(?:sang|qua|cho|vao) (?:trung quoc|tq|campuchia|cam|lao|thai|dai loan|nha chua|quan|dan ong|khach)",  # noqa: E501
    ),
    "sexual_violence": (
        r"(?:hiep dam|cuong hiep|xam hai|quay roi tinh duc|sam so|dam o)",
        rf"(?:ep|bat|buoc) (?:{P} )?(?:quan he|ngu voi|lam chuyen do)",
    ),
    "recruitment_fraud": (
        rf"hua {G4}(?:viec|luong|lam|visa|dua)",
        rf"lua (?:{P}) (?:sang|qua|ra|vao|ban|di lam)",
        r"(?:lua dao|viec nhe luong cao|bi lua|viec lam gia|du do)",
        r"bi (?:du|gat) (?:\w+ )?(?:di|vao|sang|qua|lam|ban)",
        rf"(?:noi|bao) la {G4}(?:nhung|ma) (?:khi )?(?:sang|den|toi|qua)",
    ),
    "isolation": (
        r"(?:thu|giu|tich thu|giau|dap|lay mat|lay het|lay luon|thu mat|thu het) (?:cua \w+ )?(?:dien thoai|dt|sim)",  # noqa: E501
        rf"{NEG} (?:cho|{DC}|duoc phep) (?:{P} )?(?:lien lac|goi|noi chuyen|gap|dung dien thoai|nhan tin|goi dien|goi ve)",  # noqa: E501
        r"(?:cat lien lac|co lap)",
        r"(?:giay to|ho chieu) (?:va|voi|ca) (?:dien thoai|dt)",
        r"(?:dien thoai|dt|sim) (?:\w+ ){0,2}bi (?:thu|giu|lay|tich thu)",
    ),
    "forced_criminality": (
        rf"(?:ep|bat|buoc|phai) (?:{P} )?(?:phai )?(?:\w+ )?(?:ban|van chuyen|cho|giao) ma tuy",
        rf"(?:ep|bat|buoc|phai) (?:{P} )?(?:phai )?(?:trong can sa|lua dao|an trom|trom|moc tui|chat lua|scam)",
        r"lua dao (?:qua mang|online|truc tuyen)",
        r"(?:trong can sa|trai can sa|nha trong can sa)",
    ),
    "deprivation": (
        rf"{NEG} (?:cho|{DC}|duoc phep) (?:{P} )?(?:an(?! toan| ninh)|uong|ngu|nghi ngoi|nghi(?! viec| lam)|di kham|di benh vien|uong thuoc|com)",  # noqa: E501
        r"(?:bo doi (?:{P})|nhin doi|chet doi|doi meo|khong co gi (?:de )?an|an (?:mot|1) bua)",
    ),
    "child_labor": (
        rf"(?:tre em|tre con|con nit|chau be|em be|dua tre) {G4}(?:lam viec|phai lam|di lam|ban ve so|xin an|ban hang rong|lam thue)",  # noqa: E501
        r"lao dong tre em",
        rf"bo hoc {G2}(?:de |di )?(?:lam|phu|ban)",
    ),
    "lives_at_workplace": (r"(?:ngu|song|an ngu|o luon|an o|ngu luon|o lai) (?:\w+ )?(?:tai|trong|o|ngay tai|luon tai|luon o|sau) (?:tiem|quan|xuong|nha hang|cho lam|kho|trang trai|tau|cong truong|nha may)",),  # noqa: E501
    "excessive_hours": (
        r"(?:1[2-9]|2[0-4]) ?tieng",
        r"(?:1[2-9]|2[0-4]) ?(?:gio|h) (?:mot|moi|1|/) ?ngay",
        r"(?:khong|ko|chang) (?:co |he co )?(?:ngay nghi|ngay nao (?:duoc |dc )?nghi)",
        r"(?:lam|lam viec) (?:suot |ca )?(?:ngay dem|ngay lan dem|7 ngay|7/7|bay ngay mot tuan|tu sang (?:den|toi) (?:toi|dem|khuya))",  # noqa: E501
    ),
    "quota": (
        r"(?:khong dat|ko dat|que dat|thieu) (?:chi tieu|kpi|doanh so) (?:\w+ ){0,3}(?:bi|se bi|thi bi)",
        r"phai lua (?:du|duoc|dc)",
    ),
    "high_buyer_traffic": (
        r"(?:nhieu|rat nhieu|dong|toan) (?:khach|dan ong|khach nam|dan ong la) (?:\w+ ){0,3}(?:ra vao|den|toi|moi dem|moi ngay)",  # noqa: E501
        r"(?:khach|dan ong) (?:la )?ra vao",
    ),
    "online_recruitment": (r"(?:tuyen|quen|gap|lam quen|nhan tin|lien he|du|rao) (?:\w+ ){0,4}(?:qua|tren) (?:facebook|fb|zalo|tiktok|mang|telegram|messenger|instagram|viber|mxh)",),  # noqa: E501
    "medical_emergency": (
        r"(?:bat tinh|ngat xiu|bi ngat|ngung tho|hap hoi|hon me|co giat|soc thuoc|qua lieu|sap chet|bi thuong nang)",  # noqa: E501
        rf"{NEG} (?:the |con )?tho (?:duoc|dc|noi)",
        r"(?:chay (?:rat |qua )?nhieu mau|chay mau (?:nhieu|qua|lam|khong ngung|dam dia)|mat nhieu mau|dang chay mau)",  # noqa: E501
        r"gay (?:tay|chan|xuong|suon)",
    ),
    "fearful_submissive": (r"so (?:lam|qua|hai|chet)", r"(?:hoang so|run so|khiep so)"),
    "poor_living_conditions": (
        r"ngu (?:duoi |tren )?(?:san|dat|nen)",
        r"(?:\d+|muoi|hai muoi|nhieu) nguoi (?:\w+ ){0,3}(?:mot|1) phong",
    ),
    "remote_sexual_acts": (r"(?:chat|show|live|goi video|quay) (?:\w+ )?(?:sex|khoa than|nude)",),
    "self_report": (r"(?:toi|em|minh|tui) (?:can|muon) (?:duoc )?(?:giup do|giup|giai cuu|thoat|ve nha|tron)",),  # noqa: E501
}

DANGER: tuple[str, ...] = (
    rf"(?<!nghien )(?<!cap )cuu (?:voi|giup|{PC})",
    rf"giai cuu (?:{PC}|voi|gap|ngay)",
    rf"^\W*(?:lam on |xin )?(?:cuu|giup)(?: (?:{PC}))?(?: voi)?\W*$",
    rf"giup (?:do )?(?:{PC} )?(?:voi|nhanh|ngay)(?! (?:viec|van de|cau hoi|thu tuc|ho so))",
    rf"help (?:{PC} )?voi",
    r"lam on (?:cuu|giai cuu|den)",
    r"(?:goi|bao) (?:ngay |gap |giup |dum |gium |nhanh )?(?:cap cuu|xe cap cuu|113|115)",
    r"goi (?:cong an|canh sat|cs|police) (?:giup|dum|gium|ngay|gap|di|voi|den|nhanh)",
    r"(?:hay|xin|nho|ai do|ai|lam on) (?:\w+ ){0,2}goi (?:cong an|canh sat|police)",
    r"(?:mau|nhanh len|nhanh) (?:den|toi|qua|len) (?:day|ngay|cuu|giup)",
    r"(?<!tung )(?<!truoc )(?<!nam )(?<!hoi )(?:dang |van |van dang )?bi (?:nhot|xich|troi|giam giu|giam long|khoa trai|khoa trong|giu lai)",  # noqa: E501
    rf"(?:dang|da|ho|no|han) nhot (?:{P} )?(?:trong|o|lai|vao)",
    rf"{NEG} (?:the )?(?:thoat|ra|tron) (?:ra )?(?:ngoai |khoi \w+ )?{DC}",
    r"khong (?:the|co cach nao) (?:de )?(?:thoat|tron) (?:ra|khoi|duoc|dc)",
    r"(?:dang|van dang|vua) bi (?:bat coc|danh|dap|hanh hung|hiep dam|cuong hiep|chem|dam|tra tan|keo len xe)",
    rf"(?:dang|van dang|lai dang) (?:danh|dap|dam|chem|hanh hung|bop co|siet co|hiep dam|cuong hiep|tra tan|hanh ha|duoi theo|ruot|keo) (?:{P})",  # noqa: E501
    rf"(?:danh|dap|chem|dam|bop co|hiep dam|giet) (?:{P}) {G2}{NOW}",
    rf"(?:chia|ke|giu|cam) (?:con |cay |khau )?(?:sung|dao|ma tau) (?:vao|vo|len|o|ngay) (?:{P}|co|dau|nguoi|nguc)",  # noqa: E501
    rf"(?:se|sap|dinh|muon|dang tim cach|doi) giet (?:{P}|chet)",
    rf"giet (?:{P}) (?:mat|chet|that)",
    rf"(?:se|sap|dinh|muon) {MOVE} (?:{P}) {G4}{TIME}",
    rf"{TIME} {G4}(?:(?:se |sap )?{MOVE} (?:{P})|(?:se |sap )?bi {MOVE}) (?:\w+ )?(?:di|sang|qua|toi|den|ve|len)",  # noqa: E501
    rf"(?:bat|loi|keo|nhet|day) (?:{P}) {G2}(?:len|vao) (?:xe|o to|thung xe|cop xe|tau)",
    r"(?:dang|bi|gap|trong|lam vao) nguy (?:hiem|kich)",
    r"nguy hiem (?:den )?tinh mang",
    r"tinh mang (?:\w+ ){0,3}(?:bi de doa|nguy hiem|nguy kich)",
    r"(?:sap chet|hap hoi|dang chet dan|bat tinh|ngat xiu|ngung tho|chay mau (?:nhieu|qua|lam|khong ngung)|mat nhieu mau|hon me|trung dan)",  # noqa: E501
    rf"{NEG} (?:the |con )?tho (?:duoc|dc|noi)",
    r"(?:ngop tho|ngat tho|het duong tho|het oxy)",
    r"(?:dang )?bi giu (?:o|tai|trong) (?:day|do|nay)",
    rf"(?:den|toi|qua|mau) (?:cuu|giai cuu) (?:{PC}|di|ra)",
)

HARM: tuple[str, ...] = (
    r"(?:cam|chia|rut|vung|ke|mang|co|giau) (?:con |cay |khau )?(?:dao|sung|ma tau)",
    rf"(?:danh|dap|chem|dam|bop co|siet co|keo|loi) (?:{P})",
    r"bi (?:danh|dap|chem|dam|hanh hung|hiep dam|cuong hiep)",
    r"(?:duoi theo|ruot theo|truy duoi|chay mau)",
    rf"(?:bat|chuyen|dua|cho|ban|dem) (?:{P}) {G2}{TOWHERE}",
    rf"giet (?:{P})",
)
IMMINENT: tuple[str, ...] = (
    NOW,
    r"trong (?:vong )?(?:\d+|mot|vai|hai|ba|nua) (?:tieng|gio|phut)",
    r"(?:\d+|mot|vai|hai|ba|nua) (?:tieng|gio|phut) nua",
    r"(?:113|115)",
)

SAFE: tuple[str, ...] = (
    rf"{SUBJ} (?:da |dang |van |deu |hien |hien tai |bay gio |gio |hien gio )?(?:an toan|khong sao|ko sao|binh an|khong con nguy hiem|thoat roi)",  # noqa: E501
    rf"{SUBJ} (?:da |van |deu |hien tai |bay gio |gio )?on (?:roi|ca|nhe|ne|a|lam)",
    r"(?:khong|ko|que|chua) (?:co )?(?:ai )?(?:dang |bi |gap |o trong )?(?:nguy hiem|gap nguy hiem)",
    r"(?:het|thoat|qua khoi) nguy hiem",
    r"(?:da|gio da|bay gio da|hien da) (?:ve nha|ve nuoc|ve que|ve viet nam|thoat|tron thoat|tron) (?:ra )?(?:duoc |dc )?(?:roi|an toan)",  # noqa: E501
)

_KO = r"ai|co ai|con ai|bi|dang|gap|phai|duoc|dc|dk|cho|lam|muon|danh|tra|nhot|giu|thoat|tron|ra"
NEGATION = (
    r"khong|chang(?! trai)|chua(?! chap| mai dam)(?<!nha chua)(?<!chu chua)|khg|kg|kh|hok|khum|hem",
    # "ko" and "k" (read as "que") are Tagalog "ko" and Spanish "que" too: only in a Vietnamese frame.
    rf"ko(?= (?:{_KO}|sao|the|con|he))",
    rf"que(?= (?:{_KO}))",
    r"(?:(?<=\btoi )|(?<=\btui )|(?<=\bminh )|(?<=\bho )|(?<=\bai )|(?<=\btao )|(?<=\bchi )|(?<=\banh )|(?<=\bchau ))(?:ko|que)",  # noqa: E501
    r"(?:(?<=\bem )|(?<=\bno )|(?<=\bong )|(?<=\bcon ))ko",
    r"^ko$",
)
HEDGE = r"(?:khong|ko|que|chua|kh) (?:biet|ro|chac|nho)"
HYPOTHETICAL = r"neu (?:nhu )?(?:ai|mot nguoi|co nguoi|nguoi ta|chu|ong chu|cong ty)|gia su|gia nhu|truong hop (?:nao|neu)|lam (?:sao|the nao) (?:de )?(?:biet|nhan biet|phan biet)|dau hieu (?:cua |nhan biet )?buon nguoi|co phai (?:la )?buon nguoi"  # noqa: E501

CUES: dict[str, tuple[str, ...]] = {
    "commercial_sex": (
        r"(?:ban dam|mai dam|mua dam|gai goi|di khach|lam gai|choi gai|nha chua|chu chua|khach lang choi|kich duc|dat khach|karaoke om|ngu voi khach|quan he voi khach|gai mai dam|ban than lay tien)",  # noqa: E501
        rf"(?:bat|ep|buoc|phai) (?:{P} )?tiep khach",
        r"tiep khach (?:nam|lang choi|qua dem|o nha nghi)",
        r"(?:ngu|quan he|qua dem|len phong|di nha nghi) voi (?:khach|dan ong|nguoi la)",
        r"(?:di|ra ngoai) voi (?:khach|dan ong la) (?:\w+ ){0,3}(?:lay tien|tra tien|kiem tien)",
        rf"khach {G4}tra tien (?:de )?(?:ngu|quan he|di|choi)",
        r"(?:tiep vien|nhan vien) (?:karaoke|quan bar|quan nhau)",
        r"(?:dem nao|moi dem|hang dem|toi nao) (?:\w+ ){0,3}(?:dan ong|khach nam) (?:\w+ ){0,2}(?:ra vao|den|toi)",
        r"(?:dan ong|khach nam) (?:\w+ ){0,2}(?:ra vao|den|toi) (?:\w+ ){0,2}(?:moi dem|ban dem|hang dem|dem nao)",
        r"(?:show|chat|live|quay) (?:\w+ )?(?:sex|khoa than|nude) (?:\w+ ){0,3}(?:tien|kiem tien|cho khach)",
    ),
    "work": (
        r"(?:lam viec|viec lam|cong viec|di lam|lam thue|ong chu|ba chu|chu (?:tiem|quan|nha hang|xuong|cong ty|trai|tau|lo|thau)|cong ty|tien luong|tien cong|xuat khau lao dong|xkld|thuc tap sinh|tu nghiep sinh|cong nhan|lao dong|tang ca|hop dong|quan ly|moi gioi)",
        r"(?<!so )luong(?! thuc| tam)",
        rf"(?:bat|ep|buoc) (?:{P} )?lam(?! gai| tinh| nhuc| sao| gi)",
        r"lam (?:\d+|muoi \w+) (?:tieng|gio)",
    ),
    "employment": (r"(?:lam viec|viec lam|cong viec|di lam|lam thue|ong chu|ba chu|cong ty|xuat khau lao dong|xkld|cong nhan|lao dong|quan ly|xin viec|tuyen dung)",),  # noqa: E501
    "labor_sector": (
        r"(?:tiem nail|lam nail|nha hang|quan an|quan pho|quan com|quan nhau|xuong (?:may|go|san xuat|che bien)|cong xuong|nha may|cong truong|xay dung|trang trai|nong trai|ruong|lam vuon|tau ca|danh ca|danh bat|giup viec|osin|o sin|bep|rua bat|cham soc nguoi gia|ban ve so|ban hang rong|xin an|trong can sa|khach san|lo gach|may mac|che bien|hai san|phu ho)",  # noqa: E501
    ),
    "massage": (r"(?:massage|mat xa|mat-xa|xoa bop|tam quat|tiem goi dau|goi dau thu gian)",),
    "past_long": (
        r"(?:\d+|vai|nhieu|may|hai|ba|muoi) nam (?:truoc|ve truoc)",
        r"(?:nam ngoai|nam truoc|nam (?:19|20)\d\d|hoi (?:xua|truoc|do|nho|be)|ngay xua|truoc day|da tung)",
    ),
    "past_recent": (
        r"(?:\d+|vai|may|hai|ba) (?:tuan|thang) truoc",
        r"(?:tuan truoc|thang truoc|tuan roi|thang roi)",
    ),
    "present": (r"(?:bay gio|hien (?:tai|gio|nay)|dang|van con|van dang|toi nay|dem nay|hom nay|hom qua|toi qua|dem qua|moi (?:ngay|dem|toi)|hang ngay|luc nay|tuan nay|sang nay|den gio)",),  # noqa: E501
    "out_safe": (
        r"(?:da|vua|moi) (?:tron|thoat|bo tron|chay tron) (?:duoc|dc|ra|khoi|thoat)",
        r"(?:tron|thoat) (?:ra )?(?:duoc|dc) roi",
        r"(?:duoc|dc) (?:giai cuu|cuu thoat|cuu ra)",
        rf"(?:{P}) (?:da|hien da|bay gio da|gio da) (?:an toan|ve nha|ve nuoc|ve viet nam|ve que)",
        rf"(?:{P}) (?:\w+ )?(?:an toan|ve nha|ve nuoc|ve que) roi",
        r"(?:nha tam lanh|trung tam bao tro)",
        r"(?:bay gio|gio|hien) (?:da )?(?:an toan|ve nha|ve nuoc|ve viet nam|ve que)",
        r"da ve (?:nha|nuoc|viet nam|que) (?:roi|an toan)",
        r"khong con (?:o|lam|song) (?:do|o do|cho do|voi ho|cho ho)",
    ),
    "others_remain": (
        r"(?:nguoi|co gai|chi em|ban|em|nhung nguoi|cac co) (?:khac|con lai) (?:\w+ ){0,2}(?:van|con) (?:o|bi|dang|lam|ket)",  # noqa: E501
        r"van con (?:\w+ ){0,3}(?:o do|trong do|o lai|ben do)",
    ),
    "hearsay": (r"(?:nghe (?:noi|ke|bao|nguoi ta|dau|don)|nguoi ta (?:noi|bao|don|ke)|don (?:rang|la))",),  # noqa: E501
    "question": (
        r"(?:cho (?:toi|em|minh|tui) hoi|xin hoi|hoi chut|thong tin ve|lam sao de|lam the nao|nhu the nao|co phai)",
    ),
    "test": (r"^\W*(?:(?:test|thu|thu nghiem|alo|a lo|xin chao|chao|chao ban|co ai khong|co ai o do khong|co ai ko|cam on(?: ban)?(?: nhieu)?)\b\W*)+$",),  # noqa: E501
    "joke": (r"(?:dua thoi|dua ti|dua chut|noi dua|dua vui|chem gio)",),
    "partner": (r"(?:chong|vo|ban trai|nguoi yeu|ny|ban gai|chong cu|vo cu) (?:toi|em|minh|tui|cua toi|cua em|co ay|chi ay)",),  # noqa: E501
    "identifiable": (
        r"(?:em gai|chi gai|em trai|anh trai|con gai|con trai|ban|chau|vo|chong|chi|em) (?:cua )?(?:toi|em|minh|tui)",
        r"ten (?:cua (?:no|co ay|chi ay)|no la|co ay la)",
    ),
    "suspicion": (r"(?:kha nghi|dang ngo|nghi ngo|bat thuong|ky la|mo am|co gi do (?:sai|la|khong on))",),  # noqa: E501
    "smuggling": (
        r"(?:vuot bien|di chui|duong day dua nguoi|dua nguoi vuot bien|nhap canh trai phep)",
    ),
    "chain": (r"(?:chia se (?:cho|ngay|rong rai)|canh bao (?:chi em|moi nguoi|cac me|cac ban)|lan truyen)",),  # noqa: E501
    "abuse": (r"(?:dit me|dmm|dcm|vcl|vkl|dkm|clm|do ngu|thang ngu|con dien)",),
    "self_trafficked": (r"(?:toi|em|chung toi|minh) (?:la nan nhan|bi buon ban|bi ban)",),
    "minor_sex_context": (r"(?:nha nghi|khach san|quan he|ngu voi|sex|khoa than|clip nong|sam so)",),  # noqa: E501
}

# Number words for ages ("mười lăm tuổi"). Five is "lăm" (as in "mười lăm"): "năm" is also a
# common given name that an English "she is Nam" would read as an age.
NUMBERS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
    "muoi": 10, "muoi mot": 11, "muoi hai": 12, "muoi ba": 13, "muoi bon": 14, "muoi tu": 14,
    "muoi lam": 15, "muoi nam": 15, "muoi sau": 16, "muoi bay": 17, "muoi tam": 18,
    "muoi chin": 19, "hai muoi": 20,
}  # fmt: skip

EXAMPLES = {
    "cry_for_help": (
        "Cứu tôi với! Họ đang đánh tôi, làm ơn gọi công an giúp",
        "cuu em voi",
        "giúp em với!!",
    ),
    "locked_in": (
        "Em bị nhốt trong phòng ở quán karaoke, không ra ngoài được, cứu em",
        "toi bi khoa trong nha kho",
    ),
    "minor": (
        "Con bé mới 15 tuổi mà chủ quán bắt nó tiếp khách mỗi tối",
        "em gai toi 16 tuoi",
    ),
    "negated_danger": (
        "Tôi đã trốn ra được và bây giờ tôi an toàn rồi, không ai gặp nguy hiểm cả",
        "ko ai bi nhot ca",
    ),
    "commercial_sex": (
        "Ở tiệm massage đó các cô gái bị ép bán dâm cho khách, chủ giữ hết tiền của họ",
        "chủ quán ép em đi khách và giữ hộ chiếu",
    ),
    "labor": (
        "Ông chủ tiệm nail giữ hộ chiếu của tôi và đã ba tháng không trả lương",
        "làm ở nhà hàng mà chủ ko trả lương 4 tháng rồi",
    ),
}

HINTS = (
        "khong", "giup", "cuu", "duoc", "dc", "nhot", "dang", "nguoi", "minh", "chung", "cua",
        "trong", "lam", "luong", "roi", "ngay", "biet", "gi", "tui", "chu", "nha", "hok",
        "nhung", "nguy", "anh", "khach", "viec", "tiem", "giet", "nhieu", "bi", "danh",
)  # fmt: skip

# fmt: on

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    native_name="Tiếng Việt",
    script="latin",
    lingua="VIETNAMESE",
    danger=_s(DANGER),
    harm=_s(HARM),
    imminent=IMMINENT,
    safe=SAFE,
    negation=NEGATION,
    hedge=(HEDGE,),
    hypothetical=(HYPOTHETICAL,),
    own_situation=(r"toi|tui|minh|chung toi|chung em|cua toi|cua em",),
    indicators={name: _s(patterns) for name, patterns in INDICATORS.items()},
    cues={name: _s(patterns) for name, patterns in CUES.items()},
    numbers=NUMBERS,
    # "15 tuổi"; "hai mươi lăm tuổi" must not read as five.
    ages=(
        r"(?<!muoi )(?<!hai )(?<!ba )(?<!bon )(?<!nam )(?<!sau )(?<!bay )(?<!tam )(?<!chin )\b{N} ?tuoi\b",
        r"\b(?:em|be|chau|con|co be|ban|no|em gai|con gai|thang be|dua) (?:\w+ )?{N}t\b",
    ),
    minor_words=_s(
        (
            r"(?<!trong )(?<!cham soc )(?<!giu )(?<!day )tre (?:em|con|nho|vi thanh nien)",
            r"(?:vi thanh nien|con nit|be gai|be trai|chau be|dua tre|hoc sinh(?! (?:dai hoc|cao dang)))",
            r"(?:chua du|duoi|chua toi|chua den) (?:18|muoi tam) tuoi",
            r"(?:hoc )?lop (?:[1-9]|1[0-2])(?!\d)",
            r"hoc (?:sinh )?cap (?:1|2|3|mot|hai|ba)",
        )
    ),
    hints=HINTS,
    keywords={
        "stop": ("dung", "ngung", "huy", "huy dang ky"),
        "help": ("giup", "tro giup", "giup do", "cuu"),
        "start": ("bat dau", "dang ky"),
    },
    examples=EXAMPLES,
)
