"""Vietnamese: danger, minors, the core indicators and the kind of exploitation, as texted.

Patterns match folded text: no tone marks, "đ" as "d" ("giúp tôi" → "giup toi"). People often
text without diacritics and in teen code: "ko"/"k"/"hok" for không ("k" reaches the patterns
as "que", an SMS rewrite meant for Spanish), "dc"/"đc"/"dk" for được, "j" for gì, "e" for em.
"""

from __future__ import annotations

from datetime import date

from languages.base import Language

# Birth years of someone under 18 today ("sinh năm 2010", teen code "2k10" for born in 2010).
_YEAR = date.today().year
BORN_MINOR = "(?:" + "|".join(str(y) for y in range(_YEAR - 17, _YEAR - 3)) + ")"
TEEN_CODE = "(?:" + "|".join(f"2k{y - 2000}" for y in range(_YEAR - 17, _YEAR - 3)) + ")"

# People: I/we (toi, tui, em, minh...), they (ho), she/he (co ay, no), the girls, my sister.
P = r"(?:toi|tui|tao|minh|em|anh|chi|co ay|co gai|chung toi|chung em|chung minh|bon toi|bon em|bon minh|tui em|tui toi|chau|con|be|ho|no|han|moi nguoi|cac co(?: gai)?|may co(?: gai)?|cac em|chi em|em gai(?: toi| em)?|con gai(?: toi)?|ban (?:toi|em|minh)|thang (?:nho|be)|con (?:nho|be)|dua (?:nho|be)|nhoc|may dua|tui nho|may chi|cac chi|con toi|em toi|chi toi|vo toi|chong toi|cong nhan|nhan vien|nguoi lam|thuyen vien|may nguoi|e)"  # noqa: E501
PC = rf"(?:{P}|co)"  # in a cry: "cuu e voi"
SUBJ = r"(?:toi|tui|em|minh|chung toi|chung em|bon em|bon toi|co ay|chi ay|anh ay|chau|moi nguoi|ca nha)"  # noqa: E501
NEG = r"(?:khong|ko|kh|khg|kg|k|hok|khum|hem|que|chang|chua)"  # "k" arrives as "que"
DC = r"(?:duoc|dc|dk|dx)"
G2 = r"(?:\w+ ){0,2}"
G4 = r"(?:\w+ ){0,4}"
# "CCCD" (citizen ID) reaches the patterns as "cd": a run of one letter is squeezed.
DOCS = r"(?<!photo )(?<!ban sao )(?<!copy )(?:ho chieu|passport|giay to(?: tuy than)?|chung minh(?: nhan dan| thu)?|cmnd|cccd|cd|can cuoc|giay khai sinh|khai sinh|bang cap|bang lai|so thuyen vien|so ho khau|the cu tru|the xanh|visa|thi thuc|giay phep lao dong|the ngoai kieu|zairyu)"  # noqa: E501
OUT = r"(?:ra ngoai|ra khoi|ra duong|di dau|di ra|roi khoi|ve nha|ve que|ve nuoc|bo viec|nghi viec|bo di|tron|bo tron|len bo|vao bo|ve bo|xuong tau|roi tau)"  # noqa: E501
NOW = r"(?:bay gio|ngay bay gio|luc nay|ngay luc nay|toi nay|dem nay|ngay lap tuc|khan cap|nhanh len|gio nay|hien gio|(?:toi|den|qua|ngay) lien)"  # noqa: E501
TIME = r"(?:toi nay|dem nay|sang mai|ngay mai|hom nay|dem mai|(?:\d+|mot|vai|hai|ba|nua) (?:tieng|gio) nua)"  # noqa: E501
MOVE = r"(?:ban|chuyen|bat|cho di|dua di|ban di|bat di|dem di|chuyen di)"
# "đưa", "chở", "dẫn" (take, drive, lead) are everyday verbs: a move is a danger only tonight and
# across a border or to another house ("tối nay họ chở chị sang nhà khác").
NIGHT = (
    r"(?:toi nay|dem nay|sang mai|rang sang|khuya nay|(?:\d+|mot|vai|hai|ba|nua) (?:tieng|gio) nua)"
)
AWAY = r"(?:sang|qua|vuot) (?:ben kia |ben |ben kia )?(?:bien gioi|trung quoc|tq|campuchia|cam|lao|thai|myanmar|nha khac|cho khac|noi khac|\w+ khac)|len (?:xe|tau|thuyen|ghe)"  # noqa: E501
TOWHERE = r"(?:len xe|len tau|len thuyen|qua bien gioi|sang (?:bien gioi|trung quoc|tq|campuchia|cam|lao|thai))"  # noqa: E501

# "chủ chứa" (a pimp) and "nhà chứa" (a brothel) fold as "chủ chưa", "nhà chưa" (the owner, the
# house not yet...): not when a verb follows.
NOT_VERB = r"(?! (?:tra|cho|dua|phat|thanh toan|gui|co|biet|nhan|ve|lam|chiu|xong|giai|tung|bao gio|duoc|dc|het|di|an|ngu|len|xuong|mo|dong|thay|nghe|noi|lanh|xu|co ai|ai)\b)"  # noqa: E501
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
        r"(?<!tung )bi (?:cot|buoc) (?:\w+ )?(?:tay|chan|lai|vao|o|ngoai|trong|voi)",
        rf"{NEG} (?:the )?mo (?:{DC} )cua|{NEG} (?:the )?mo cua (?:ra )?{DC}",
        r"(?:dang|bi|van|deu) (?:\w+ )?(?:trong|o trong|duoi) (?:thung |cai )?(?:container|cong ten no|thung xe|thung hang|cop xe|khoang tau|ham tau)",  # noqa: E501
        rf"(?:nha|phong|cho|noi) {G4}nhot (?:{P})",
        r"(?<!tung )bi (?:nhot|xich|troi|bat coc|giam giu|giam long|giam cam|cam tu)",
        rf"nhot (?:{P} |het |lai |chung )?(?:trong|o|lai|vao|tai)",
        r"bi giam(?! (?:luong|gia|can|bot|tien|gio|ca|thue))",
        r"bi (?:khoa|giu) (?:trai |cua )?(?:trong|lai|o|tai)",
        rf"khoa (?:trai|cua nhot|cua lai|{P} (?:trong|lai|o))",
        rf"(?:xich|troi) (?:{P} )?(?:tay|chan)",
        rf"(?:xich|troi) (?:{P}) (?:lai|vao)",
        rf"(?:mac ket|xieng xich|giam long|giam cam|xich lai|bat coc (?:{P}|ban|chi|em|con))",
        rf"{NEG} (?:the )?(?:thoat|ra|tron) (?:ra )?(?:ngoai |khoi \w+ )?{DC}",
        rf"{NEG} (?:the|co cach nao) (?:de )?(?:thoat|tron) (?:ra|khoi|duoc|dc)",
    ),
    "restricted_movement": (
        rf"(?:canh|gac|theo doi|giam sat) (?:{P}) (?:24/24|suot|ngay dem|moi luc|ca ngay)",
        rf"{NEG} cho (?:{P} )?(?:\w+ )?(?:len bo|vao bo|ve bo|xuong tau|roi tau|di dau xa|ra khoi \w+)",
        r"(?:muon|doi|xin) (?:ve|nghi|bo viec|doi cho) (?:\w+ ){0,3}(?:thi|la) (?:bi )?(?:doa|danh|phat|giu|khong cho)",
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
        r"(?:bop co|an don|an doi|bi don|dap cho|danh cho (?:tham|bam|gay))",
        r"(?:bam|sung|tim) (?:het )?(?:mat|tim|dap|minh|mat mui|mom|moi|mat mat)",
        r"bi (?:ong chu|ba chu|chu|cai|thang \w+|con \w+|ma mi|tui no|chung no|bon no|han|ho|no|ban trai|chong|vo|nguoi yeu|ny|ck|vk|bo|me|cha|ba|ong|anh|chi|quan ly|khach|bon|may thang|duong|cau|chu nha) (?:\w+ )?(?:danh|dap|dam|chem|hanh hung|hanh ha|tat|bop co|dot|di)",  # noqa: E501
        r"(?:di|dot|ap|gi|chich|dí) (?:\w+ ){0,2}(?:vo|vao|len) (?:tay|chan|mat|nguoi|lung|co|dui|bung|mieng)",
        r"(?:hat|tat|do|doi) (?:\w+ ){0,2}nuoc soi",
        r"(?:phong|bong) (?:het|nat|nang|rop) (?:\w+ )?(?:chan|tay|mat|nguoi|lung|dui|bung|co)",
        r"danh dap",
        r"bi (?:danh|dap|dam|chem|hanh hung|hanh ha|nguoc dai|tra tan|chich dien|dot)(?! (?:gia|thue|thuc|cap|rang|tieng|ten|dau|trong|bong))",  # noqa: E501
        rf"(?:danh|dap|dam|hanh ha|hanh hung|nguoc dai|tra tan) (?:{P})(?! (?:gia|thue|dau|dien))",
        r"(?:bam tim|vet bam|vet thuong|vet seo|bi bong(?! nhe)|bi thuong|sung (?:mat|moi|vu|het))",
        r"(?:gi|di|dot) (?:tan )?thuoc (?:la )?(?:vao|len)",
    ),
    "weapon": (
        r"(?:khau|cay|co|cam|chia|mang|rut|giau|vung|ke) sung",
        r"sung (?:luc|ngan|truong|dan|dien|ak|hoa cai)",
        r"(?:con|cay|cam|co|rut|vung|mang|chia|ke|giau) (?:dao|ma tau|dui cui)(?! (?:got|cat|thai|bam|nau|che|chat|lam bep|phay thit|cat rau))",  # noqa: E501
        r"dao (?:gam|phay|nhon|bau)",
        r"(?:ma tau|vu khi|dui cui dien|roi dien)",
    ),
    "threats_of_violence": (
        # "không làm thì bị đánh": the threat starts at its own "not".
        r"(?:neu |ma )?(?:khong|ko|k|hok) (?:chiu |nghe loi |lam |di |tra |dong y )?(?:\w+ )?(?:thi|la) (?:se )?(?:bi )?(?:danh|giet|chem|dot|xu|dap|bo doi|nhot|ban)(?! (?:gia|dau|bai|ca|thue|rang|may|tieng|nhau)\b)",  # noqa: E501
        r"(?:noi|bao|doa|doi) (?:\w+ ){0,5}(?:thi|la|se) (?:bi )?(?:danh|giet|chem|dot|xu|dap|thu tieu)(?! (?:gia|dau|bai|ca|thue|rang|may))",  # noqa: E501
        r"(?:doa|se|bao|noi) (?:\w+ ){0,6}(?:dot|thieu) (?:het|chet|song|nha|lan|trai|ca)",
        r"(?:dang )?(?:do|tuoi|rai|xit) xang",
        rf"(?:de )?doa (?:se )?{G4}(?:giet|danh|chem|xu|lam hai|thu tieu|ban|dam|gia dinh|nguoi nha|bo me|vo con)",  # noqa: E501
        rf"(?:se|sap|dinh|muon) (?:\w+ )?(?:giet|danh|chem|xu|lam hai|thu tieu) (?:{P}|gia dinh|nguoi nha|bo me|ca nha)",  # noqa: E501
        r"(?:giet|lam hai|xu|tim den|tim toi) (?:ca )?(?:gia dinh|nguoi nha|bo me|ba me|vo con|ca nha)",
        rf"bi (?:de )?doa(?! {G4}(?:cong an|canh sat|di tru|truc xuat|dang anh|tung anh|clip|hinh))",
    ),
    "threats_of_deportation": (
        r"(?:noi|doa|bao|canh cao|dam) (?:\w+ ){0,8}(?:truc xuat|tru xuat|duoi ve nuoc|cho ve nuoc|tra ve nuoc|dua ve nuoc)",  # noqa: E501
        r"(?:bao|goi|to cao|keu) (?:canh sat|cong an|cs|police|di tru) (?:\w+ ){0,2}(?:bat|den bat|toi bat)",
        r"doa (?:(?!neu|ma|khi)\w+ ){0,4}(?:bao|goi|to cao|giao|nop) (?:cho |len )?(?:cong an|canh sat|di tru|so di tru|ice)",
        rf"(?:doa|se bi|sap bi) {G2}(?:truc xuat|tru xuat|duoi ve nuoc|tra ve nuoc|gui ve nuoc|dua ve nuoc)",
    ),
    "threats_of_exposure": (
        rf"(?:doi|doa|noi|dinh) {G4}(?:tung|dang|gui|phat tan|up|ke) {G2}(?:anh|hinh|clip|video)",
        rf"(?:doa|se) {G4}(?:tung|dang|gui|phat tan|up) {G2}(?:anh|hinh|clip|video)",
        r"tong tien",
        r"(?:anh|hinh|clip|video) (?:nude|khoa than|sex)",
    ),
    "confiscated_documents": (
        rf"{DOCS} {G4}(?:nghiep doan|cong ty|cty|thuyen truong|chu tau|chu ghe|cai thau|cai|quan ly|ma mi|tui no|chung no|bon no|han|ong ay|ba ay|cong ty moi gioi) (?:giu|cam|lay|thu|tich thu)",  # noqa: E501
        rf"(?:giu|thu(?! tuc| nhap| hoi| phi| tien| xin)|lay(?! lai)|tich thu|cam|giu lai|thu giu|tam giu|giau|khong tra|ko tra|chua tra) (?:het |luon |mat |di |lai )?(?!(?:tuc|xin|lam|dang ky|gia han|ve)\b)(?:{G2})?{DOCS}",  # noqa: E501
        rf"{DOCS} {G4}(?:bi )?(?:giu|thu|tich thu|lay|cam) (?:het|roi|mat|di|lai|luon)",
        rf"{DOCS} {G4}(?:chu|ong chu|ba chu|cong ty|moi gioi|ho|no) (?:giu|cam|lay|thu)",
    ),
    "debt_bondage": (
        r"tru (?:het |vao |cho )?no(?! (?:luc|ra|noi|la|di|den))",
        r"(?:bat|phai|buoc|ep) (?:\w+ )?(?:dong|nop|chung) (?:\d+ ?(?:tr|trieu|k|do|usd|yen|man|chi)|\d+tr|phi|tien moi gioi|tien coc|tien phi)",  # noqa: E501
        r"(?:muon|neu|ai|khi) (?:ma )?(?:\w+ ){0,2}(?:ve|nghi|bo|bo tron|tron|doi cho|chuyen|ve nuoc) (?:\w+ ){0,3}(?:phai|thi|la|se) (?:\w+ )?(?:den|boi thuong|tra|mat|nop) (?:\w+ )?(?:hop dong|tien|coc|tien coc|phi)",  # noqa: E501
        r"(?:doi no|no app|no vay|vay nong|no nang lai|xiet no)",
        r"(?:mac|tra|khoan|ganh|om) no(?! (?:luc|ra|noi|la|co|di|den))",
        r"no (?:\d+|mot|hai|ba|nam|muoi|nhieu|vai) (?:\w+ )?(?:trieu|nghin|ngan|usd|yen|van)",
        r"no (?:tien )?(?:moi gioi|phi|ve may bay|cong ty|ong chu|ba chu)",
        r"(?:no nan|no ngap dau|tien no|lam tra no|tra het no|phi moi gioi|con no (?:\w+ )?(?:tien|trieu|cong ty|chu))",  # noqa: E501
        rf"tru {G2}(?:luong|vao luong) {G2}(?:tien an|tien nha|tien o|tien phong|ve may bay|phi)",
        rf"bat (?:{P} )?(?:tra|dong) (?:tien )?(?:an|nha|o|phong|ve may bay|phi)",
    ),
    "unpaid_wages": (
        rf"{NEG} (?:{DC} )?(?:lanh|linh|nhan|lay|thay|cam|tra) (?:\w+ )?(?:luong|tien cong|tien luong|dong (?:luong|nao|xu nao)|dong nao)",  # noqa: E501
        r"(?:luong|tien luong|tien cong) (?:\w+ ){0,2}(?:bi )?(?:tru het|tru sach|tru (?:het )?no|chi tra (?:co )?(?:1|mot) nua|tra (?:co )?(?:1|mot) nua)",  # noqa: E501
        r"(?:noi|hua|bao) (?:la )?(?:se )?(?:tra|gui) \W?(?:sau|ve nha|cuoi nam|khi ve)\b",
        rf"(?:chu|ong chu|ba chu|cai|cai thau|cong ty|cty|quan ly|ho|han|ba|ong) (?:\w+ )?{NEG} (?:chiu )?tra (?:\w+ )?tien(?! (?:nha|dien|nuoc|phong|thue|no))",  # noqa: E501
        r"(?:lam|lam viec) (?:\w+ ){0,3}(?:de )?(?:tru|tra) (?:het )?no",
        rf"{NEG} (?:{DC} |duoc |bi |co |nhan |he )?(?:tra |phat |nhan |co )?(?:tien )?(?:luong|cong)(?! (?:bang|ty|an|viec|nhan|dong|truong|khai|thien|thuc))",  # noqa: E501
        rf"{NEG} (?:tra|dua|phat) (?:{G2})?(?:mot dong|dong nao|xu nao|dong xu|tien cong)",
        r"(?:lam|di lam|lam viec|lam thue) (?:khong cong|free|mien phi|khong luong)",
        r"(?:giu|quyt|tru het|lay het|no) (?:het |tien )?luong",
        r"bi quyt (?:luong|tien)",
    ),
    "controlled_by_third_party": (
        r"(?:dan|dua|cho|du|chan|xep|ep|bat|buoc|cho di)\b[\w' ]{0,25}?(?:di khach|tiep khach|ban dam|ngoi voi khach|ngoi ban voi khach|ngoi tiep khach|uong voi khach|ra ngoai voi khach|di qua dem|ngu voi khach)",  # noqa: E501
        r"(?:nhan|thu|cam|lay|giu) (?:het |toan bo )?tien (?:cua khach|khach tra|tu khach)",
        r"(?:khach|may ong|dan ong|nguoi ta) (?:\w+ ){0,2}(?:dua|tra|gui) tien cho (?:han|no|thang|ba|ong|ma mi|tai xe|chu|nguoi dan|tui no|chung no)",  # noqa: E501
        r"(?:di kem|dan theo|di theo|ngoi ngoai) (?:\w+ )?(?:nhan|thu|lay|cam) tien",
        r"(?:ong|ba|thang|han|chu|ma mi|tui no|bon no|chung no|anh|ong ta|ba ta) (?:ay |do |kia |ta )?(?:cam|giu|thu|lay|nhan) (?:het |luon )?tien(?! (?:nha|phong|thue|dien|nuoc|an|coc))",  # noqa: E501
        r"nop (?:het |lai |toan bo )?(?:tien )?(?:cho|lai cho) (?:\d+ |mot )?(?:ba|ong|thang|chu|ma mi|han|no|nguoi|tui no|bon no)",  # noqa: E501
        rf"{NEG} (?:{DC} )?(?:tu )?(?:giu|cam|nhan|dung|tieu) (?:dong )?tien",
        r"bi (?:ban|dan|dua|gat|lua)\b[\w' ]{0,40}?lam \W?vo\b",
        r"(?:bi )?ban (?:vao|vo) (?:1 |mot )?(?:dong|nha chua|o mai dam|quan|karaoke)",
        r"(?:thang|ong|ba|nguoi|dan ong|ma mi) (?:\w+ ){0,2}(?:noi|bao|ra|hoi) gia",
        rf"{NEG} (?:duoc )?tu (?:nghe may|noi chuyen|tra loi|nhan tin|quyet dinh)",
        r"cho (?:ban|khach|nguoi|dan ong|may ong)\b(?:\w+ ){0,6}(?:ngu voi|quan he voi|choi)",
        r"(?:thang|ong|ba|nguoi|han|tui no) (?:\w+ ){0,2}(?:dan|dua|cho) (?:\w+ ){0,4}(?:co gai|con gai|be gai|dua con gai|em gai|chi em|may co|may em|may be|gai) (?:\w+ ){0,4}(?:vao phong|toi khach san|den khach san|toi nha nghi|den nha nghi|cho khach|di khach)",  # noqa: E501
        r"(?:ep|bat|buoc) (?:\w+ ){0,2}\W?tra (?:no )?bang (?:than|than xac)\W?",
        rf"(?:bat|ep|buoc|cuong ep|dua) (?:{P} )?(?:phai )?(?:di khach|tiep khach|ban dam|lam gai|ngu voi khach|quan he voi khach|phuc vu khach|di nha nghi)",  # noqa: E501
        rf"(?:bat|ep|buoc|cuong ep) (?:{P} )?(?:phai )?(?:lam viec|di lam|lam)(?! (?:them|tang ca|ca dem|ca|bai|viec nha|bep))",
        r"(?:lay|thu|giu|cam) (?:het|toan bo|gan het|phan lon) (?:so )?tien",
        rf"(?:chan dat|dat gai|chu chua{NOT_VERB}|bao ke|(?:ke|bon|to chuc|duong day|nhom) buon (?:ban )?nguoi|duong day mai dam)",  # noqa: E501
        rf"(?:bi|da|se|dinh|muon) ban (?:{P} )?(?:sang|qua|cho|vao) (?:trung quoc|tq|campuchia|cam|lao|thai|dai loan|nha chua|quan|dan ong|khach)",  # noqa: E501
    ),
    "sexual_violence": (
        r"(?:hiep dam|cuong hiep|xam hai|quay roi tinh duc|sam so|dam o)",
        rf"(?:ep|bat|buoc) (?:{P} )?(?:quan he|ngu voi|lam chuyen do)",
    ),
    "recruitment_fraud": (
        r"bi (?:ong|ba|ho|no|han|thang \w+|con \w+|tui no|bon no|chung no|nguoi quen|ban|cong ty|cty|moi gioi) (?:\w+ )?(?:lua|gat|du)(?! dao)",  # noqa: E501
        r"(?:hoa ra|thuc ra|that ra|den noi (?:moi )?biet|qua toi noi (?:thi|moi biet)|qua (?:do|day) moi biet) (?:\w+ ){0,3}(?:la )?(?:lua dao|bi ban|lam gai|tiep khach|khong phai|khac han|khong co)",  # noqa: E501
        r"(?:tuyen|du|ru|lua) (?:nguoi|lao dong|\w+ )?(?:di|sang|qua) (?:campuchia|cam|lao|myanmar|thai|trung quoc|tq) (?:\w+ ){0,2}\W?lam (?:casino|game|online|sale|viec nhe|luong cao)",  # noqa: E501
        rf"hua {G4}(?:viec|luong|lam|visa|dua)",
        rf"lua (?:{P}) (?:sang|qua|ra|vao|ban|di lam)",
        r"(?:lua dao|viec nhe luong cao|bi lua|viec lam gia|du do)",
        r"bi (?:du|gat) (?:\w+ )?(?:di|vao|sang|qua|lam|ban)",
        rf"(?:noi|bao) la {G4}(?:nhung|ma) (?:khi )?(?:sang|den|toi|qua)",
    ),
    "isolation": (
        r"(?:thu|giu|tich thu|giau|dap|lay|cam|khoa) (?:het |luon |mat |di )?(?:cua \w+ (?:\w+ )?)?(?:dien thoai|dt|dthoai|sim)(?! (?:cua (?:toi|em|minh|tui) )?(?:de|ra|len|goi))",  # noqa: E501
        r"(?:chu nhat|cuoi tuan|moi tuan|moi thang|thang) (?:\w+ )?(?:moi|chi) (?:cho|duoc|dc) (?:goi|lien lac|dung dien thoai|cam dien thoai)",  # noqa: E501
        r"(?:thu|giu|tich thu|giau|dap|lay mat|lay het|lay luon|thu mat|thu het) (?:cua \w+ )?(?:dien thoai|dt|sim)",  # noqa: E501
        rf"{NEG} (?:cho|{DC}|duoc phep) (?:{P} )?(?:lien lac|goi|noi chuyen|gap|dung dien thoai|nhan tin|goi dien|goi ve)",  # noqa: E501
        r"(?:cat lien lac|co lap)",
        r"(?:giay to|ho chieu) (?:va|voi|ca) (?:dien thoai|dt)",
        r"(?:dien thoai|dt|sim) (?:\w+ ){0,2}bi (?:thu|giu|lay|tich thu)",
    ),
    "forced_criminality": (
        r"(?:thuc ra|hoa ra|that ra|bat|ep|buoc|phai) (?:\w+ ){0,2}(?:la |lam |di )?(?:lua dao|scam|lua tien|lua dao qua mang|lua dao online)",  # noqa: E501
        rf"(?:ep|bat|buoc|phai) (?:{P} )?(?:phai )?(?:\w+ )?(?:ban|van chuyen|cho|giao) ma tuy",
        rf"(?:ep|bat|buoc|phai) (?:{P} )?(?:phai )?(?:trong can sa|lua dao|an trom|trom|moc tui|chat lua|scam)",
        r"lua dao (?:qua mang|online|truc tuyen)",
        r"(?:trong can sa|trai can sa|nha trong can sa)",
    ),
    "deprivation": (
        rf"{NEG} (?:cho|{DC}|duoc phep|chiu) (?:{P} )?(?:di )?(?:bac si|kham benh|vien|cap cuu)",
        r"(?:bo doi|nhin doi|cho an (?:1|mot) bua|khong cho an)",
        rf"{NEG} (?:cho|{DC}|duoc phep) (?:{P} )?(?:an(?! toan| ninh)|uong|ngu|nghi ngoi|nghi(?! viec| lam)|di kham|di benh vien|uong thuoc|com)",  # noqa: E501
        r"(?:bo doi (?:{P})|nhin doi|chet doi|doi meo|khong co gi (?:de )?an|an (?:mot|1) bua)",
    ),
    "child_labor": (
        rf"{NEG} (?:{DC} |duoc |cho )?(?:di hoc|den truong|hoc hanh|toi truong)",
        r"(?:thang nho|con nho|dua nho|em nho|thang be|con be|tre em|tre con|may dua nho) (?:\w+ ){0,5}(?:ban keo|ban ve so|xin an|an xin|lam thue|lam o|phu ho|dung may|ban hang|boc vac)",  # noqa: E501
        rf"(?:tre em|tre con|con nit|chau be|em be|dua tre) {G4}(?:lam viec|phai lam|di lam|ban ve so|xin an|ban hang rong|lam thue)",  # noqa: E501
        r"lao dong tre em",
        rf"bo hoc {G2}(?:de |di )?(?:lam|phu|ban)",
    ),
    "lives_at_workplace": (
        r"(?:ngu|o|song|an ngu) (?:luon )?(?:tren gac|duoi tang ham|duoi ham|trong kho|sau bep) (?:\w+ )?(?:cua )?(?:quan|tiem|xuong|nha chu|nha hang|cong ty)?",  # noqa: E501
        r"(?:ngu|o|song) (?:\w+ ){0,2}(?:phong|can phong|cho) (?:\w+ ){0,2}(?:ngay )?(?:sau|trong|tren) (?:xuong|quan|tiem|nha hang)",
        r"(?:ngu|song|an ngu|o luon|an o|ngu luon|o lai) (?:\w+ )?(?:tai|trong|o|ngay tai|luon tai|luon o|sau) (?:tiem|quan|xuong|nha hang|cho lam|kho|trang trai|tau|cong truong|nha may)",),  # noqa: E501
    "excessive_hours": (
        r"tu (?:\d+|mot|hai|ba|bon|nam|sau|bay|tam) ?(?:h|gio) (?:sang )?(?:den|toi) (?:\d+|\w+) ?(?:h|gio) (?:dem|khuya|toi|sang)",
        r"tu sang (?:som )?(?:den|toi) (?:toi|dem|khuya)(?! qua)",
        r"(?:chu nhat|ngay le|tet) (?:cung|van) (?:phai )?lam",
        r"(?:1[2-9]|2[0-4]) ?tieng",
        r"(?:1[2-9]|2[0-4]) ?(?:gio|h) (?:mot|moi|1|/) ?ngay",
        r"(?:khong|ko|chang) (?:co |he co )?(?:ngay nghi|ngay nao (?:duoc |dc )?nghi)",
        r"(?:lam|lam viec) (?:suot |ca )?(?:ngay dem|ngay lan dem|7 ngay|7/7|bay ngay mot tuan|tu sang (?:den|toi) (?:toi|dem|khuya))",  # noqa: E501
    ),
    "quota": (
        r"(?:phai|bat) (?:kiem|lam|ban|lua|dat|nop) (?:du |duoc |dc )?(?:\d+|\w+) ?(?:do|usd|\$|trieu|tr|k|vien|cai|kg|khach|nguoi)",
        r"(?:khong|ko|k|que|chua) (?:du|dat) (?:\w+ ){0,4}(?:bi|se bi|thi bi|la bi) (?:phat|danh|don|tru|chich dien|nhot|an don)",
        r"bi (?:danh|phat|tru luong|don|chich dien) (?:\w+ ){0,2}(?:vi|do|tai|khi) (?:\w+ ){0,2}(?:khong|ko|chua) (?:du|dat)",
        r"(?:khong dat|ko dat|que dat|thieu) (?:chi tieu|kpi|doanh so) (?:\w+ ){0,3}(?:bi|se bi|thi bi)",
        r"phai lua (?:du|duoc|dc)",
    ),
    "high_buyer_traffic": (
        r"(?:khach|dan ong|may ong) (?:la )?ra vo",
        r"(?:khach|dan ong|may ong) (?:\w+ )?(?:ra vao|ra vo|den|toi) (?:lien tuc|suot|nuom nuop|tap nap|lien)",
        r"(?:may ong|dan ong|khach) (?:\w+ ){0,2}(?:go cua|vao) tung (?:nguoi|dua|phong|co)",
        r"(?:nhieu|rat nhieu|dong|toan) (?:khach|dan ong|khach nam|dan ong la) (?:\w+ ){0,3}(?:ra vao|den|toi|moi dem|moi ngay)",  # noqa: E501
        r"(?:khach|dan ong) (?:la )?ra vao",
    ),
    "online_recruitment": (r"(?:tuyen|quen|gap|lam quen|nhan tin|lien he|du|rao) (?:\w+ ){0,4}(?:qua|tren) (?:facebook|fb|zalo|tiktok|mang|telegram|messenger|instagram|viber|mxh)",),  # noqa: E501
    "medical_emergency": (
        r"(?:bi |da |vua |co nguoi |nguoi |lai )xiu(?! nua)",
        r"(?:phong|bong) (?:het|nat|nang|rop) (?:\w+ )?(?:chan|tay|mat|nguoi|lung|dui|bung|co)",
        r"(?:bat tinh|ngat xiu|bi ngat|ngung tho|hap hoi|hon me|co giat|soc thuoc|qua lieu|sap chet|bi thuong nang)",  # noqa: E501
        rf"{NEG} (?:the |con )?tho (?:duoc|dc|noi)",
        r"(?:chay (?:rat |qua )?nhieu mau|chay mau (?:nhieu|qua|lam|khong ngung|dam dia)|mat nhieu mau|dang chay mau)",  # noqa: E501
        r"gay (?:tay|chan|xuong|suon)",
    ),
    "fearful_submissive": (
        r"(?:mat|nhin) (?:\w+ ){0,2}liec (?:\w+ )?(?:chu|ong chu|ba chu|quan ly|thang)",
        r"(?:khong|ko) dam (?:noi|nhin|tra loi|ngang mat|ke)",
        r"so (?:lam|qua|hai|chet)", r"(?:hoang so|run so|khiep so)"),
    "poor_living_conditions": (
        r"ngu (?:duoi |tren )?(?:san|dat|nen)",
        r"(?:\d+|muoi|hai muoi|nhieu) nguoi (?:\w+ ){0,3}(?:mot|1) phong",
    ),
    "remote_sexual_acts": (r"(?:chat|show|live|goi video|quay) (?:\w+ )?(?:sex|khoa than|nude)",),
    "self_report": (r"(?:toi|em|minh|tui) (?:can|muon) (?:duoc )?(?:giup do|giup|giai cuu|thoat|ve nha|tron)",),  # noqa: E501
    "high_security_premises": (
        r"(?:kinh|cua kinh|cua so|cua) (?:\w+ )?dan (?:\w+ )?den",
        r"(?:co nguoi|thang|bao ve|bon|dan em) (?:\w+ )?(?:ngoi |dung )?canh (?:ngoai|cua|cong|truoc|o ngoai)",
        r"(?:ngoi|dung) canh (?:o )?(?:ngoai|cua|truoc)",
        r"camera (?:\w+ ){0,3}(?:khap|cua sau|cua truoc|moi goc|xung quanh)",
        r"den mo",
    ),
    "unusual_hours": (
        r"(?:mo cua|hoat dong|ra vao|ra vo|lam|khach) (?:\w+ ){0,3}(?:toi|den|tu) (?:[1-5]|mot|hai|ba|bon) ?(?:h|gio) (?:sang|dem|khuya)",
        r"(?:thau dem|suot dem|nua dem|khuya lam)",
    ),
    "scripted_answers": (
        r"(?:noi|tra loi) (?:\w+ ){0,3}(?:nhu|giong) (?:hoc thuoc|doc thuoc|thuoc long|ke san|duoc day|may)",
        r"hoc thuoc long",
    ),
    "branding_tattoo": (
        r"xam (?:\w+ ){0,4}(?:len|vao|tren|o) (?:\w+ )?(?:co|tay|lung|nguc|mat|dui|nguoi|gay)",
        r"danh dau (?:\w+ )?(?:la )?(?:cua|thuoc ve|so huu)",
    ),
    "transported_to_work": (
        r"(?:xe|tai xe) (?:\w+ ){0,2}(?:cho|dua|don) (?:\w+ ){0,3}(?:co|em|nguoi|cong nhan|tho|chi) (?:\w+ ){0,2}(?:toi|den|di|ve)",
        r"dua don (?:\w+ )?(?:di lam|tan noi)",
    ),
}

DANGER: tuple[str, ...] = (
    # "Cứu." opening a message; "cứu chị tôi với"; "làm ơn cho người tới liền".
    rf"^\W*(?:lam on |xin )?cuu(?: (?:{PC}))?(?: voi)?(?=\s*[.!,;?]|\s*$)",
    rf"(?:cuu|giup) (?:do )?(?:{PC}) (?:toi|tui|em|minh|e) (?:voi|nhanh|ngay|gap)",
    rf"(?<=[,.!;] )cuu(?: (?:{PC}))?(?: voi)?\W*$",
    r"(?:lam on|xin|hay|nho|mau) (?:\w+ ){0,2}(?:cho|goi|gui|keu) (?:nguoi|cong an|canh sat|ai do|ai) (?:toi|den|qua|xuong|len|cuu)",  # noqa: E501
    r"(?:ma|me|ba|bo|anh|chi) oi (?:\w+ )?(?:cuu|con bi|em bi|cuu con|cuu em)",
    # Beaten, armed, held at knifepoint, right now.
    r"(?:dang|van dang|lai dang) (?:bi )?(?:danh|dap|chem|dam|hanh hung|bop co|siet co|tra tan)(?! (?:gia|bai|dau|ca|co|xe|may|rang|thue|bong|golf|chu|vong|nhau|lua|bac|de|thuc|tieng|so|tu|nhip|tran|hoi|dan)\b)",  # noqa: E501
    r"(?:dang|van dang) (?:cam|vac|cam theo|rut|chia|ke|mang|cam san) (?:con |cay |khau |cai )?(?:dao|sung|ma tau|dao phay|bua|riu|xa beng|gay)(?! (?:got|cat|thai|bam|nau|che|chat|lam bep|an|phay thit|cat rau|ban chim|san))",  # noqa: E501
    r"(?:dao|sung|ma tau|kiem|kim tiem) (?:ke|di|chia|de|gi) (?:vao |vo |len |sat |ngay )?(?:co|dau|nguoi|nguc|bung|lung|mat|hong|mang tai)",  # noqa: E501
    # Hiding from them, drugged, lost, fainted, shut in a container, sold.
    r"(?:dang |gio |phai )?(?:tron|nap|an nap|nup) (?:trong|duoi|sau|o trong) (?:cai )?(?:tu|gam giuong|nha tam|nha ve sinh|toilet|wc|phong tam|kho|bui|goc)",  # noqa: E501
    rf"(?:cho|bat|ep) (?:{P} )?(?:uong|hit|chich|tiem) (?:\w+ )?(?:thuoc|ma tuy|thu gi)",
    r"(?:bi )?(?:chuoc thuoc|bo thuoc|tiem thuoc|bo thu gi|bo ma tuy)",
    r"(?:khong|ko|k|hok|que|chang) biet (?:minh |em |toi |tui |e )?(?:dang )?o (?:dau|cho nao|noi nao)",
    r"(?:co nguoi|mot nguoi|ai do|nguoi ta|may nguoi|ban) (?:bi |da )?(?:xiu|ngat|bat tinh|lim di)",
    rf"{NEG} (?:the )?mo (?:{DC} )cua|{NEG} (?:the )?mo cua (?:ra )?{DC}",
    r"(?:dang|van) (?:\w+ )?(?:trong|o trong) (?:thung |cai )?(?:container|cong ten no|thung xe|thung hang|cop xe|khoang tau)",  # noqa: E501
    r"(?:con|em|e|toi|tui|chau|chi) (?:da |vua |moi )?bi ban roi",
    # Burnt or scalded just now; they will kill me if they find out.
    r"(?:hat|tat|do|doi) (?:\w+ ){0,2}nuoc soi",
    r"(?:phong|bong) (?:het|nat|nang|rop) (?:\w+ )?(?:chan|tay|mat|nguoi|lung|dui|bung|co)",
    r"(?:di|dot|ap|gi|chich) (?:\w+ ){0,3}(?:ban ui|ban la|thuoc la|sat nung|que sat) (?:\w+ )?(?:vo|vao|len)|(?:ban ui|ban la|sat nung|que sat) (?:\w+ )?(?:di|dot|ap|gi|chich) (?:vo|vao|len)",  # noqa: E501
    r"(?:lay|cam) (?:\w+ ){0,2}(?:ban ui|ban la|sat nung|que sat) (?:\w+ ){0,2}(?:vo|vao|len) (?:tay|chan|mat|nguoi|lung|co)",
    rf"(?:tui no|chung no|bon no|ho|han|no|bon chung) (?:dang|van dang|lai dang) (?:tim|lung|san lung|truy tim|kiem|tim kiem|ruot|duoi) (?:{P})",
    r"mau (?:chay|ra) (?:rat |qua )?(?:nhieu|qua|lam|khong ngung|dam dia|khong cam)",
    rf"(?:la|thi) (?:{PC}) (?:se )?(?:chet|bi giet|toi doi|tieu doi)(?! (?:doi|met|cuoi|lang|on|roi))",
    r"(?:dang )?(?:do|tuoi|rai|xit) xang (?:quanh|vao|len|khap)",
    rf"(?<!nghien )(?<!cap )cuu (?:voi|giup|{PC})",
    rf"giai cuu (?:{PC}|voi|gap|ngay)",
    rf"^\W*(?:lam on |xin )?(?:cuu|giup)(?: (?:{PC}))?(?: voi)?\W*$",
    # Not help with homework ("giúp mình với, bài tập toán này khó quá").
    rf"giup (?:do )?(?:{PC} )?(?:voi|nhanh|ngay)(?! (?:viec|van de|cau hoi|thu tuc|ho so))(?![^.!?\n]{{0,30}}(?:bai tap|bai toan|bai nay|cau nay|de thi|lam bai|bai van|tieng anh|dich giup|code))",  # noqa: E501
    rf"help (?:{PC} )?voi",
    r"lam on (?:cuu|giai cuu|den)",
    r"(?:goi|bao) (?:ngay |gap |giup |dum |gium |nhanh )?(?:cap cuu|xe cap cuu|113|115)",
    r"goi (?:cong an|canh sat|cs|police) (?:giup|dum|gium|ngay|gap|di|voi|den|nhanh)",
    r"(?:hay|xin|nho|ai do|ai|lam on) (?:\w+ ){0,2}goi (?:cong an|canh sat|police)",
    r"(?:mau|nhanh len|nhanh) (?:den|toi|qua|len) (?:day|ngay|cuu|giup)",
    r"(?<!tung )(?<!truoc )(?<!nam )(?<!hoi )(?:dang |van |van dang )?bi (?:nhot|xich|troi|cot|buoc tay|buoc chan|giam giu|giam long|khoa trai|khoa trong|giu lai)",  # noqa: E501
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
    rf"{NIGHT} {G4}(?:se |sap )?(?:dua|cho|dan|dem) (?:{P}) (?:\w+ )?(?:{AWAY})",
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
    r"(?:di|dot|ap|gi|chich) (?:\w+ ){0,2}(?:vo|vao|len) (?:tay|chan|mat|nguoi|lung|co|dui|bung|mieng)",
    rf"(?:dang |van )?(?:ruot|duoi) (?:theo )?(?:{P})",
    r"(?:giet|xu|thu tieu|chem) (?:ca nha|gia dinh|nguoi nha|bo me|vo con|het)",
    r"(?:doa|se|bao) (?:\w+ ){0,4}(?:dot|giet|thu tieu) (?:het|chet|song)",
    r"(?:cam|chia|rut|vung|ke|mang|co|giau) (?:con |cay |khau )?(?:dao|sung|ma tau)",
    rf"(?:danh|dap|chem|dam|bop co|siet co|keo|loi) (?:{P})",
    r"bi (?:danh|dap|chem|dam|hanh hung|hiep dam|cuong hiep)",
    r"bi (?:ban trai|chong|vo|nguoi yeu|ny|ck|vk|bo|me|cha|ong chu|ba chu|chu|thang \w+|tui no|bon no|chung no|han|no|ho|ma mi|quan ly|khach) (?:\w+ )?(?:danh|dap|chem|dam|hanh hung|bop co|siet co|hiep dam)",  # noqa: E501
    r"(?:duoi theo|ruot theo|truy duoi|chay mau)",
    rf"(?:bat|chuyen|dua|cho|ban|dem) (?:{P}) {G2}{TOWHERE}",
    rf"giet (?:{P})",
)
IMMINENT: tuple[str, ...] = (
    r"(?:van |con |dang |lai )+(?:dung|ngoi|rinh|cho|canh|dua) (?:ngay )?(?:o )?(?:ngoai|truoc|sau|o) (?:cua|cong|nha|phong)",
    r"dau (?:qua|lam|chet|khong chiu noi)",
    r"(?:dang|van dang) (?:o|trong|tren) (?:xe|tau|thuyen|ghe)",
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
    r"dau co|chang he|khong he|khong|chang(?! trai)|chua(?! chap| mai dam)(?<!nha chua)(?<!chu chua)|khg|kg|kh|hok|khum|hem",
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
        # Paid time with a girl, "dates", live shows and content for money.
        r"(?:bao|book|dat) (?:\w+ )?(?:dem|qua dem|gio|phong) (?:\w+ ){0,3}(?:co|em|be|gai|cho khach)",
        r"(?:\W?hen ho\W?|\W?di date\W?|gap mat|di choi) (?:\w+ ){0,4}(?:tra tien|lay tien|duoc tien|\d+ ?(?:k|tr|trieu|do)\b|co tien)",
        r"(?:live|livestream|phat truc tiep|show|goi video|call video) (?:\w+ ){0,4}(?:khoa than|sexy|nude|coi do|cởi đồ|18\+) (?:\w+ ){0,4}(?:tien|donate|qua|xu|kiem tien)",  # noqa: E501
        r"(?:ban|bán) (?:\w+ )?(?:content|noi dung nguoi lon|onlyfans)|onlyfans",
        r"(?:khach|dan ong) (?:\w+ ){0,2}(?:tra tien|dua tien) (?:o |tai |truoc )?(?:cua|cong)",
        r"(?:tra tien|dua tien) (?:\w+ ){0,3}(?:de |roi )?(?:ngu|quan he|qua dem|choi|di) voi",
        r"(?:ngu|quan he|qua dem|di|choi|ngoi|di choi) voi (?:\w+ ){0,3}(?:de |roi |ma )?(?:lay|kiem|thu|nhan|duoc tra|an) tien",
        r"(?:di choi|ngu|qua dem|ngoi|ngoi uong|uong|ra ngoai|di chay|ngoi ban|ngoi tiep|nhau|hat) voi (?:may |cac |mot |1 |nhung )?(?:ong )?(?:khach|ong gia|ong khach|dan ong la|khach vip|khach tay|khach nuoc ngoai)",  # noqa: E501
        r"(?:dua|tra|gui) tien cho (?:han|no|thang|ba|ong|ma mi|tai xe|chu|nguoi dan|tui no|chung no) (?:\w+ ){0,2}(?:roi )?(?:moi )?(?:vao|vo|len|duoc)",  # noqa: E501
        r"khach (?:\w+ )?(?:tra|dua|gui) tien cho (?:tai xe|thang|ong|ba|ma mi|chu|nguoi dan|han|no)",
        r"(?:chup|quay) (?:\w+ )?(?:anh|hinh|clip|video) (?:nong|nude|khoa than|sex|goi cam|nhay cam) (?:\w+ ){0,4}(?:cho khach|ban|tra tien|lay tien|kiem tien|khach)",  # noqa: E501
        r"(?:nhom|kenh|group|tai khoan|trang|acc|page) (?:\w+ ){0,2}ban (?:clip|anh|video|hinh)",
        r"ban (?:clip|anh|video|hinh) (?:nong|nude|sex|khoa than|18\+|nhay cam)",
        r"(?:quan )?bia om|karaoke tay vin|ma mi|tu ba",
        r"(?:di|lam) \W?sugar\W?|sugar (?:daddy|baby)",
        r"tra (?:no )?bang (?:than|than xac|tinh duc|\W?than\W?)",
        r"(?:lam \W?kich\W?|kich (?:duc )?cho khach|lam tay cho khach|\W?kich\W? cho khach)",
        r"(?:dua|dan|chan|du|cho|bi|di)\b[\w' ]{0,25}?(?:tiep khach|di khach)",
        r"'(?:ra ngoai|di choi|di dao|hen ho|gap mat|goi)' (?:\w+ ){0,3}(?:voi (?:\w+ )?khach|moi dem|moi toi|tra tien|lay tien|may be|be)",  # noqa: E501
        r"(?:ra ngoai|di ra ngoai|di qua dem|qua dem) voi (?:\w+ )?khach",
        r"ban (?:vao|vo) (?:1 |mot )?dong",
        rf"(?:ban dam|mai dam|mua dam|gai goi|di khach|lam gai|choi gai|nha chua{NOT_VERB}|chu chua{NOT_VERB}|khach lang choi|kich duc|dat khach|karaoke om|ngu voi khach|quan he voi khach|gai mai dam|ban than lay tien)",  # noqa: E501
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
        r"(?:chu|ong chu|ba chu|cai|cai thau) (?:giu|lay|thu|cam|khong tra|ko tra|chua tra|no|bat|ep|doa|noi|cho|danh)",
        r"(?:lam|di lam) (?:\W?\w+\W? )?(?:online|casino|game|sale|chat)\b",
        r"(?:chu (?:nha )?tro|tien (?:nha |phong )?tro|nghi lam|nghi viec|bo lam|bo viec|lam cong|lam phu|phu ho|cong trinh|cai thau|tuyen (?:nguoi|dung|lao dong|cong nhan|gap)|nhan vien|thuyen vien|thuyen truong|chu tau|chu ghe|giup viec|osin|le tan|phuc vu|chay grab|xe om|tien cong|tho (?:may|nail|xay|ho|han|moc|dien))",  # noqa: E501
        r"(?:lam viec|viec lam|cong viec|di lam|lam thue|ong chu|ba chu|chu (?:tiem|quan|nha hang|xuong|cong ty|trai|tau|lo|thau)|cong ty|tien luong|tien cong|xuat khau lao dong|xkld|thuc tap sinh|tu nghiep sinh|cong nhan|lao dong|tang ca|hop dong|quan ly|moi gioi)",
        r"(?<!so )luong(?! thuc| tam)",
        rf"(?:bat|ep|buoc) (?:{P} )?lam(?! gai| tinh| nhuc| sao| gi)",
        r"lam (?:\d+|muoi \w+) (?:tieng|gio)",
    ),
    "employment": (r"(?:lam viec|viec lam|cong viec|di lam|lam thue|ong chu|ba chu|cong ty|xuat khau lao dong|xkld|cong nhan|lao dong|quan ly|xin viec|tuyen dung)",),  # noqa: E501
    "labor_sector": (
        r"(?:cong trinh|lo gach|ray(?: ca phe| cao su)?|vuon (?:thanh long|cao su|ca phe|tieu|trai cay|rau|cam|chuoi)|trai (?:ga|heo|lon|bo|ca|tom|nam|vit)|ghe cao|ghe (?:danh ca|bien|lui)|tau (?:ca|bien|hang|danh ca)|thuyen vien|an xin|ban keo|ban dao|quan cafe|cafe vong|quan nuong|quan bia|chan nuoi|boc vac|khuan vac|phu bep|rua chen|giup viec nha|lam viec nha)",  # noqa: E501
        r"(?:lam|o|tai|trong) xuong(?! (?:duoi|day|nuoc|xe|tau|dat|phong|lau|nha|bep|ho|song|bien|may bay|cap|toi|den))",
        r"(?:tiem nail|lam nail|nha hang(?! xom)|quan an|quan pho|quan com|quan nhau|xuong (?:may|go|san xuat|che bien)|cong xuong|nha may|cong truong|xay dung|trang trai|nong trai|ruong|lam vuon|tau ca|danh ca|danh bat|giup viec|osin|o sin|bep|rua bat|cham soc nguoi gia|ban ve so|ban hang rong|xin an|trong can sa|khach san|lo gach|may mac|che bien|hai san|phu ho)",  # noqa: E501
    ),
    "massage": (r"(?:massage|mat xa|mat-xa|xoa bop|tam quat|tiem goi dau|goi dau thu gian)",),
    "past_long": (
        r"cach day (?:\d+|vai|may|hai|ba|bon|nam|muoi|nhieu) nam",
        r"(?<!sinh )(?<!sn )(?:hoi|vao|luc|khi|dot|nam) (?:nam )?(?:19|20)\d\d",
        r"(?:truoc kia|luc truoc|thoi do|hoi ay|may nam truoc|nhieu nam truoc)",
        r"(?:lau|lau lam|lau qua) roi",
        r"(?<!khong )(?<!chua )(?<!ko )tung (?:bi|lam|o|song)",
        r"(?:\d+|vai|nhieu|may|hai|ba|muoi) nam (?:truoc|ve truoc)",
        r"(?:(?<!tu )(?<!tu thang \d )(?<!tu thang \d\d )nam ngoai|nam truoc|(?<!sinh )(?<!sn )nam (?:19|20)\d\d|hoi (?:xua|truoc|do|nho|be)|ngay xua|truoc day|da tung)",
    ),
    "past_recent": (
        r"cach day (?:\d+|vai|may|hai|ba|bon|nam|muoi) (?:thang|tuan)",
        r"(?:\d+|vai|may|hai|ba) (?:tuan|thang) truoc",
        r"(?:tuan truoc|thang truoc|tuan roi|thang roi)",
    ),
    "present": (
        r"(?:toi|dem|ngay|tuan|thang|luc|bua) nao (?:cung|\w+ cung)",
        r"van (?:dang|con|bi|lam|o|chua)",
        r"(?:bay gio|hien (?:tai|gio|nay)|dang|van con|van dang|toi nay|dem nay|hom nay|hom qua|toi qua|dem qua|moi (?:ngay|dem|toi)|hang ngay|luc nay|tuan nay|sang nay|den gio)",),  # noqa: E501
    "out_safe": (
        r"(?:gio|bay gio|hien gio|hien tai|nay) (?:\w+ ){0,2}(?:lam|o|song) (?:\w+ )?(?:cho|noi|cong ty|viec) khac",
        r"(?:duoc|dc) (?:\w+ ){0,3}(?:giai cuu|cuu ra|cuu thoat|giai thoat)",
        rf"(?:{P}) (?:da |gio |bay gio )?ve (?:\w+ )?roi",
        r"(?:da |vua |gio |bay gio )?(?:thoat|tron) (?:ra |khoi \w+ |duoc |dc )?roi",
        r"(?:gio|bay gio|hien gio|hien tai|hien nay) (?:\w+ ){0,2}(?:o nha|ve nha|ve que|ve nuoc|an toan|on dinh|nghi roi|nghi lam roi|bo roi|khong con lam|lay chong|di lam binh thuong)",  # noqa: E501
        r"(?:em|toi|tui|minh|e) (?:da )?(?:bo|nghi|thoi|roi) (?:quan|viec|lam|cho do|tiem|xuong) (?:\w+ ){0,3}roi",
        r"(?:nghi|bo) (?:lam|viec) (?:\w+ ){0,4}lau roi",
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
        r"(?:may dua|nhung nguoi|may chi|may em|cac co|ban|con|anh em) (?:\w+ ){0,2}(?:kia|khac|con lai) (?:\w+ ){0,2}(?:van|con) (?:o|bi|dang|lam|ket)",
        r"(?:con|van con) (?:\d+|nhieu|may|vai) (?:nguoi|dua|co|chi|em|ban) (?:\w+ ){0,2}(?:o do|trong do|o lai|ben do|o day)",
        r"(?:nguoi|co gai|chi em|ban|em|nhung nguoi|cac co) (?:khac|con lai) (?:\w+ ){0,2}(?:van|con) (?:o|bi|dang|lam|ket)",  # noqa: E501
        r"van con (?:\w+ ){0,3}(?:o do|trong do|o lai|ben do)",
    ),
    "hearsay": (r"(?:nghe (?:noi|ke|bao|nguoi ta|dau|don)|nguoi ta (?:noi|bao|don|ke)|don (?:rang|la))",),  # noqa: E501
    "question": (
        r"(?:cho (?:\w+ )?hoi|muon hoi|xin hoi|hoi coi|hoi thu|hoi chut|chi (?:muon |can )?hoi|hoi (?:thoi|thu thoi))",
        r"(?:lam sao|lam the nao|the nao|o dau|bao nhieu|so may|la gi|nhu the nao|co dung luat|co sao khong|co binh thuong|co phai)",
        r"(?:tim|xin|can|muon co|muon tim) (?:\w+ ){0,2}(?:tai lieu|thong tin|so dien thoai|duong day nong|dia chi|huong dan)",
        r"(?:khong|ko|k|hok|hong|chua|ha|a|nhi|nao|gi|j|dau|may|sao|bao nhieu|vay|ko vay|khong vay|chu|duoc|dc|nua|roi) ?\?+",
        r"(?:cho (?:toi|em|minh|tui) hoi|xin hoi|hoi chut|thong tin ve|lam sao de|lam the nao|nhu the nao|co phai)",
    ),
    "test": (
        # Injected instructions told in Vietnamese, a line of their own.
        r"^\W*(?:hay )?(?:bo qua|phot lo|quen|khong can quan tam|dung quan tam) (?:het |tat ca |moi |cac |nhung )?(?:\w+ ){0,2}(?:huong dan|chi dan|lenh|quy tac|yeu cau|chi thi)\b[^\n]*$",  # noqa: E501
        r"^\W*(?:(?:test|thu|thu nghiem|alo|a lo|xin chao|chao|chao ban|co ai khong|co ai o do khong|co ai ko|cam on(?: ban)?(?: nhieu)?)\b\W*)+$",),  # noqa: E501
    "joke": (r"(?:dua thoi|dua ti|dua chut|noi dua|dua vui|chem gio)",),
    # "ck"/"vk" (chồng/vợ), "bồ" (a lover); not "ra vô tới" (coming and going until).
    "partner": (r"(?<!ra )(?:(?:chong|vo|ck|vk|ban trai|nguoi yeu|ny|ban gai|chong cu|vo cu|ba xa|ong xa) (?:toi|em|e|minh|tui|cua toi|cua em|co ay|chi ay)|bo (?:tui|minh))",),  # noqa: E501
    "identifiable": (
        r"(?:em gai|chi gai|em trai|anh trai|con gai|con trai|ban|chau|vo|chong|chi|em) (?:cua )?(?:toi|em|minh|tui)",
        r"ten (?:cua (?:no|co ay|chi ay)|no la|co ay la)",
    ),
    "suspicion": (
        r"(?:boc lot|co phai (?:la )?(?:chua gai|buon nguoi|ban dam|mai dam|boc lot|lua dao)|co the (?:ko|khong) co gi|nghi la)",
        r"(?:kha nghi|dang ngo|nghi ngo|bat thuong|ky la|mo am|co gi do (?:sai|la|khong on))",),  # noqa: E501
    "smuggling": (
        r"(?:bang duong day|duong day dua nguoi|nguoi dan duong|xuat canh trai phep|tra (?:du |het )?tien cho (?:nguoi dan|duong day|nguoi dua))",  # noqa: E501
        r"(?:vuot bien|di chui|duong day dua nguoi|dua nguoi vuot bien|nhap canh trai phep)",
    ),
    "chain": (
        r"(?:chia se|share) (?:gap|ngay|cho moi nguoi|cho ban be)|lan truyen|mo lay (?:noi tang|than)|bat coc (?:\w+ ){0,4}(?:noi tang|lay than)",  # noqa: E501
        # Advertising: quick loans, job ads with a contact, promotions.
        r"(?:vay tien nhanh|vay nhanh|giai ngan nhanh|khong (?:can )?the chap|lai (?:suat )?0|nhan tin \W?\w+\W? de (?:duoc )?(?:duyet|nhan)|tuyen gap|bao an o|bao an ngu|lien he zalo|ib ngay|inbox ngay|click (?:link|vao)|khuyen mai)",  # noqa: E501
        r"(?:chia se (?:cho|ngay|rong rai)|canh bao (?:chi em|moi nguoi|cac me|cac ban)|lan truyen)",),  # noqa: E501
    "abuse": (
        r"(?:ranh hang|do dien|do khung|do rac|vo dung|an hai|cmm|cut di|lu (?:dien|ngu|an hai)|ngu nhu (?:bo|cho|heo|lon)|lam an (?:duoc )?gi|do ngu)",  # noqa: E501
        r"(?:dit me|dmm|dcm|vcl|vkl|dkm|clm|do ngu|thang ngu|con dien)",),
    "self_trafficked": (r"(?:toi|em|chung toi|minh) (?:la nan nhan|bi buon ban|bi ban)",),
    "minor_sex_context": (
        r"(?:ong khach|may ong|ong gia|tiep khach|di khach|di choi voi|qua dem|anh nong|clip|ngoi voi khach)",
        r"(?:nha nghi|khach san|quan he|ngu voi|sex|khoa than|clip nong|sam so)",),  # noqa: E501
}

# Specific locations: a house number on a street or alley ("số 12 đường Lê Lợi", "hẻm 12 đường
# Bùi Văn Ba"), a hamlet and commune ("ấp 3 xã Tân Phú"), a corner ("góc Trần Hưng Đạo -
# Nguyễn Cư Trinh"), a named business with its street or town ("nhà nghỉ Bình An trên quốc lộ
# 1A", "karaoke Hồng Hạc Long Xuyên"), a boat with its port ("tàu Hải Phong 08 ở cảng Port Louis").
BIZ = r"(?:tiem|quan|nha hang|karaoke|khach san|nha nghi|massage|spa|xuong|cong ty|cty|trang trai|vuon|cafe|tiem goi dau|tiem nail|tiem massage|quan bia|quan bar|bar|vu truong|lo gach|trai)"  # noqa: E501
NAMED = r"(?!(?:lam|dua|o day|do|nay|kia|gan|o|cua|ben|canh|tren|duoi|trong|ngoai|nho|lon|minh|toi|em|chu|ma|thi|la|va|voi|buffet|lau|nuong|chay|com|bun|hai san|an|nhau|bia|om|rieng|nao|moi|cu|nha|khac|do|ay)\b)"  # noqa: E501
TOWN = r"(?:(?:duong|pho|quoc lo|ql|tinh lo|dt|thi tran|thi xa|tp|thanh pho|huyen|xa|phuong|ap) (?!(?:nay|do|kia|lon|nho|xa|gan|chinh|cai|nao|nay|lam|qua|thi|la|va|o)\b)\w+|quan \d+|q\.? ?\d+)"  # noqa: E501
CITY = r"(?:ha noi|hai phong|da nang|can tho|sai gon|tp ?hcm|hcm|ho chi minh|nha trang|vung tau|bien hoa|da lat|hue|vinh|pleiku|buon ma thuot|quy nhon|long xuyen|my tho|rach gia|ca mau|bac lieu|soc trang|tra vinh|ben tre|vinh long|cao lanh|chau doc|tay ninh|thu dau mot|binh duong|dong nai|long an|ha long|quang ninh|nam dinh|thai binh|ninh binh|thanh hoa|nghe an|ha tinh|dong hoi|quang ngai|hoi an|tam ky|kon tum|dak lak|phan thiet|phan rang|tuy hoa|lao cai|sa pa|ha giang|lang son|bac ninh|bac giang|hai duong|hung yen|thai nguyen|viet tri|son la|hoa binh|phu ly|phu quoc|cu chi|thu duc|go vap|binh thanh|tan binh|mong cai|moc bai|dai bac|cao hung|dai trung|dao vien|tan truc|phnom penh|sihanoukville|bavet|poipet|osaka|tokyo|nagoya|seoul|busan|warsaw|vac sa va|praha|berlin|moscow|kuala lumpur|bangkok)"  # noqa: E501
PLACES: tuple[str, ...] = (
    r"(?:so |so nha |sn )?\d{1,4}[a-z]?(?:/\d+)* (?:duong|pho|hem|ngo|kiet) \w+",
    r"(?<!ai )(?:hem|ngo|kiet|ngach) \d+[\w/]*,? (?!(?:thang|nam|ngay|tuan|gio|nguoi|lan|tieng|phut|trieu)\b)(?:(?:duong|pho) )?\w+ \w+",  # noqa: E501
    r"(?:duong|pho) (?:\w+ ){1,4}so \d{1,4}",
    r"(?:ap|thon|xom|khom|to) \d+,? (?:xa|phuong|thi tran) \w+",
    r"(?:xa|phuong) \w+(?: \w+){0,2},? (?:huyen|quan|thi xa|tp|thanh pho) \w+",
    r"goc (?:duong )?\w+(?: \w+){0,3} ?(?:-|va|voi|giao) ?(?:duong )?\w+",
    r"cho (?!(?:nay|do|kia|gan|toi|em)\b)\w+ \w+ (?:quan|q\.?) ?\d+",
    rf"{BIZ} {NAMED}(?:\W?\w+\W? ){{1,6}}?(?:o |tai |tren |, ?|- ?)?{TOWN}",
    # A name of two words or more before the town: "quán bar ở Phnom Penh" names no place.
    rf"{BIZ} {NAMED}(?:(?!(?:o|tai|gan|ben|canh)\b)\W?\w+\W? ){{2,5}}?(?:o |tai |, ?|- ?)?{CITY}\b",
    r"(?:tau|ghe|thuyen) (?:\w+ ){1,3}\d+ (?:\w+ ){0,2}(?:cang|ben) \w+",
)

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
        "tuoi", "phai", "thang", "chua", "cung", "ong", "nhau", "tieng", "duoi", "ngoai", "khoa",
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
        # A number word is no age after another ("hai mươi lăm"); digits are ("tầm 12 tuổi").
        r"(?:(?<!muoi )(?<!hai )(?<!ba )(?<!bon )(?<!nam )(?<!sau )(?<!bay )(?<!tam )(?<!chin )(?=[a-z])|(?=\d))\b{N} ?tuoi\b",  # noqa: E501
        # "e 15t", "con bé chắc tầm 15t", "mấy bé tầm 13-14", "nói mới 16".
        r"\b(?:em|e|be|chau|con|co be|ban|no|em gai|con gai|thang be|dua|thang nho|con nho|dua nho|nhoc|gai|thang|co) (?:\w+ ){0,2}{N}t\b",  # noqa: E501
        r"\b(?:tam|khoang|chung|chac|moi|gan) {N}(?: ?(?:-|den|toi|hay|voi) ?{N})? ?t\b",
        r"\b(?:tam|khoang|chung|chac|moi|gan) {N}(?: ?(?:-|den|toi|hay|voi) ?{N})?(?=\s*(?:$|[,.;!?)]))",
    ),
    minor_words=_s(
        (
            r"(?<!trong )(?<!cham soc )(?<!giu )(?<!day )tre (?:em|con|nho|vi thanh nien)",
            r"(?:vi thanh nien|con nit|be gai|be trai|chau be|dua tre|hoc sinh(?! (?:dai hoc|cao dang)))",
            r"(?:chua du|duoi|chua toi|chua den) (?:18|muoi tam) tuoi",
            r"(?:hoc )?lop (?:[1-9]|1[0-2])(?!\d)",
            r"(?:hoc (?:sinh )?|hs )cap (?:1|2|3|mot|hai|ba)",
            r"hs (?:lop )?(?:[1-9]|1[0-2])(?!\d)",
            rf"(?:sinh nam|sinh|sn|nam sinh|doi) {BORN_MINOR}|{TEEN_CODE}",
        )
    ),
    places=PLACES,
    hints=HINTS,
    keywords={
        "stop": ("dung", "ngung", "huy", "huy dang ky"),
        "help": ("giup", "tro giup", "giup do", "cuu"),
        "start": ("bat dau", "dang ky"),
    },
    examples=EXAMPLES,
)
