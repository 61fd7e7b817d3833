"""Hand-written sample sentences per language (a recruitment post and its native-digit phone)."""

SENTENCES = {
    "km": "ក្រុមហ៊ុនយើងកំពុងជ្រើសរើសបុគ្គលិកផ្នែកលក់ ប្រាក់ខែល្អ សូមទាក់ទងមកយើងខ្ញុំ",
    "th": "บริษัทของเรากำลังรับสมัครพนักงานขาย เงินเดือนดี กรุณาติดต่อเรา",
    "lo": "ບໍລິສັດຂອງພວກເຮົາກຳລັງຮັບສະໝັກພະນັກງານຂາຍ ເງິນເດືອນດີ ກະລຸນາຕິດຕໍ່ພວກເຮົາ",
    "my": "ကျွန်ုပ်တို့ကုမ္ပဏီတွင် အရောင်းဝန်ထမ်းများ ခေါ်ယူနေပါသည်။ လစာကောင်းပါသည်။",
    "zh": "我们公司正在招聘销售人员，工资待遇好，请联系我们。",
    "vi": "Công ty chúng tôi đang tuyển nhân viên bán hàng, lương tốt, vui lòng liên hệ.",
    "id": "Perusahaan kami sedang mencari karyawan penjualan, gaji bagus, silakan hubungi kami.",
    "en": "Our company is hiring sales staff with a good salary, please contact us today.",
}

# The same phone number as each language would write it; all fold to "0912345678".
PHONES = {
    "km": "០៩១២៣៤៥៦៧៨",
    "th": "๐๙๑๒๓๔๕๖๗๘",
    "lo": "໐໙໑໒໓໔໕໖໗໘",
    "my": "၀၉၁၂၃၄၅၆၇၈",
    "zh": "０９１２３４５６７８",  # full-width
    "vi": "𝟎𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖",  # mathematical bold
    "id": "0\ufe0f\u20e39\ufe0f\u20e312345678",  # keycaps
    "en": "0912345678",
}

# Words ICU must find (dictionary segmentation) in the sentence of each no-space script.
WORDS = {
    "km": ["ក្រុមហ៊ុន", "ជ្រើសរើស", "បុគ្គលិក", "ប្រាក់ខែ"],
    "th": ["บริษัท", "รับ", "สมัคร", "พนักงาน", "ติดต่อ"],
    "lo": ["ບໍລິສັດ", "ພະນັກງານ", "ຂາຍ", "ຕິດຕໍ່"],
    "my": ["ကုမ္ပဏီ", "ဝန်ထမ်း", "လစာ", "ကောင်း"],
    "zh": ["公司", "招聘", "工资", "联系"],
}
