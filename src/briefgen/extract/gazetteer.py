"""Cities and provinces a Vietnamese article on ASEAN cooperation holds its meetings in,
as the press spells them: Viet Nam's provinces and cities, the ASEAN members' capitals and
meeting cities (in their own spelling and in Vietnamese transliteration), and the capitals
of the usual partners. Data, not rules: the place grammar (:mod:`briefgen.extract.places`)
reads any capitalised name after a preposition; this list only says which names are
places where the grammar alone cannot ("tại Trung tâm Hội nghị Quốc gia, Mỹ Đình, Hà Nội",
a dispatch's dateline, "đã đến Luang Prabang").
"""

from __future__ import annotations

from briefgen.extract.geography import PLACES

_VIET_NAM = """An Giang|Bà Rịa - Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương|
Bình Định|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|
Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|
Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lạng Sơn|Lào Cai|Lâm Đồng|Long An|
Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|
Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|
Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Hồ Chí Minh|TP.HCM|Huế|Nha Trang|
Hạ Long|Đà Lạt|Vũng Tàu|Phú Quốc|Hội An|Quy Nhơn|Vinh|Buôn Ma Thuột|Sa Pa|Cửa Lò|Mỹ Đình|
Ba Đình|Hoàn Kiếm|Tuần Châu|Vân Đồn|Móng Cái|Lào Cai|Điện Biên Phủ"""

_ASEAN = """Jakarta|Gia-các-ta|Bali|Nusa Dua|Surabaya|Yogyakarta|Bandung|Labuan Bajo|Batam|Medan|
Kuala Lumpur|Cua-la Lăm-pơ|Putrajaya|Penang|Langkawi|Malacca|Kota Kinabalu|Kuching|Singapore|
Xin-ga-po|Manila|Ma-ni-la|Cebu|Davao|Clark|Pasay|Boracay|Bangkok|Băng Cốc|Chiang Mai|Chiềng Mai|
Pattaya|Phuket|Hua Hin|Khon Kaen|Vientiane|Viêng Chăn|Luang Prabang|Luông Pha Băng|Pakse|
Pắc Xế|Savannakhet|Xa-vằn-na-khệt|Champasak|Chăm-pa-xắc|Phnom Penh|Phnôm Pênh|Siem Reap|
Xiêm Riệp|Siêm Riệp|Sihanoukville|Xi-ha-núc-vin|Battambang|Nay Pyi Taw|Naypyidaw|Nay Pyi Tô|
Yangon|Mandalay|Bagan|Bandar Seri Begawan|Dili"""

_PARTNERS = """Tokyo|Osaka|Hiroshima|Seoul|Busan|Jeju|Beijing|Bắc Kinh|Thượng Hải|Nam Ninh|
Quảng Châu|Côn Minh|Hồng Kông|New Delhi|Niu Đê-li|Canberra|Sydney|Melbourne|Wellington|
Auckland|Washington|New York|San Francisco|Ottawa|Moskva|Mát-xcơ-va|Vladivostok|London|Paris|
Berlin|Brussels|Geneva|Vienna|Rome|Madrid|Lisbon|The Hague|Amsterdam|Stockholm|Oslo|
Copenhagen|Helsinki|Warsaw|Prague|Budapest|Athens|Istanbul|Ankara|Dubai|Abu Dhabi|Doha|
Riyadh|Cairo|Brasília|Lima|Santiago|Buenos Aires|Mexico City|Havana|Astana|Ulaanbaatar"""

CITIES = frozenset(
    name.strip()
    for block in (_VIET_NAM, _ASEAN, _PARTNERS)
    for name in block.replace("\n", "").split("|")
    if name.strip()
)
"""Every city and province above, with the places of :mod:`briefgen.extract.geography`."""
KNOWN_PLACES = frozenset({*CITIES, *PLACES})
