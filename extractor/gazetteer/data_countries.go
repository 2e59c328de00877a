package gazetteer

// countryTable adds to the CLDR names: preferred names (EN, RU, KK), official
// long forms and common alternatives (en, ru, kk), abbreviations (abbr),
// adjectives (radj, eadj, kadj) and demonyms (rdem, edem). See
// parseCountryTable for the format. Every country also gets the generic
// forms "Республика X", "Republic of X" and "X Республикасы".
const countryTable = `
# Central Asia, the Caucasus and the neighbours of Kazakhstan.
KZ | ru: Казахстанская Республика | en: Qazaqstan | kk: Қазақ Елі | abbr: РК; ҚР; RK; RoK | radj: казахстанский; казахский | eadj: Kazakh; Kazakhstani; Kazakhstan-based | kadj: қазақ | rdem: казахстанцы; казахи | edem: Kazakhstanis; Kazakhs | rcomb: казахстано
RU | ru: Российская Федерация; Россия | en: Russian Federation | kk: Ресей Федерациясы | abbr: РФ; RF | radj: российский; русский | eadj: Russian | kadj: орыс | rdem: россияне | edem: Russians | rcomb: русско; российско
KG | RU: Кыргызстан; Киргизия; Кыргызская Республика; Киргизская Республика; Республика Кыргызстан | EN: Kyrgyzstan; Kyrgyz Republic; Kirghizia | kk: Қырғыз Республикасы | abbr: КР; КРг | radj: кыргызстанский; киргизский; кыргызский | eadj: Kyrgyz; Kyrgyzstani | kadj: қырғыз | rdem: кыргызстанцы; киргизы; кыргызы | edem: Kyrgyzstanis
UZ | ru: Республика Узбекистан | en: Republic of Uzbekistan | kk: Өзбекстан Республикасы | abbr: РУз | radj: узбекистанский; узбекский | eadj: Uzbek; Uzbekistani | kadj: өзбек | rdem: узбекистанцы; узбеки | edem: Uzbekistanis; Uzbeks
TJ | ru: Республика Таджикистан | en: Republic of Tajikistan | kk: Тәжікстан Республикасы | radj: таджикистанский; таджикский | eadj: Tajik; Tajikistani | kadj: тәжік | rdem: таджикистанцы; таджики | edem: Tajikistanis; Tajiks
TM | ru: Туркмения | kk: Түркіменстан | radj: туркменистанский; туркменский | eadj: Turkmen; Turkmenistani | kadj: түрікмен; түркімен | rdem: туркменистанцы; туркмены | edem: Turkmens
AZ | ru: Азербайджанская Республика | en: Republic of Azerbaijan | kk: Әзербайжан; Әзірбайжан Республикасы; Әзербайжан Республикасы | radj: азербайджанский | eadj: Azerbaijani; Azeri | kadj: әзербайжан; әзірбайжан | rdem: азербайджанцы | edem: Azerbaijanis
AM | ru: Республика Армения | en: Republic of Armenia | kk: Армения Республикасы | radj: армянский | eadj: Armenian | kadj: армян | rdem: армяне | edem: Armenians
GE | ru: Грузия | en: Georgia | kk: Грузия | radj: грузинский | eadj: Georgian | kadj: грузин | rdem: грузины | edem: Georgians
BY | ru: Республика Беларусь; Белоруссия; Белорусь | en: Republic of Belarus; Belorussia | kk: Беларусь Республикасы | radj: белорусский | eadj: Belarusian; Belarussian | kadj: беларусь; белорус | rdem: белорусы | edem: Belarusians
UA | ru: Украина | en: Ukraine | radj: украинский | eadj: Ukrainian | kadj: украин | rdem: украинцы | edem: Ukrainians
MD | ru: Республика Молдова; Молдавия | en: Republic of Moldova | radj: молдавский; молдовский | eadj: Moldovan | kadj: молдаван | rdem: молдаване | edem: Moldovans
MN | ru: Монголия | en: Mongolia | kk: Моңғолия | radj: монгольский | eadj: Mongolian | kadj: моңғол | rdem: монголы | edem: Mongolians
CN | ru: Китайская Народная Республика; Поднебесная | en: People's Republic of China; PR China | kk: Қытай Халық Республикасы | abbr: КНР; ҚХР; PRC | radj: китайский | eadj: Chinese | kadj: қытай | rdem: китайцы | edem: Chinese
AF | ru: Исламская Республика Афганистан; Исламский Эмират Афганистан | en: Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan | kk: Ауғанстан Ислам Республикасы | radj: афганский | eadj: Afghan | kadj: ауған | rdem: афганцы | edem: Afghans
IR | ru: Исламская Республика Иран | en: Islamic Republic of Iran | kk: Иран Ислам Республикасы | abbr: ИРИ | radj: иранский | eadj: Iranian | kadj: иран | rdem: иранцы | edem: Iranians
PK | ru: Исламская Республика Пакистан | en: Islamic Republic of Pakistan | kk: Пәкістан Ислам Республикасы; Пакистан | radj: пакистанский | eadj: Pakistani | rdem: пакистанцы | edem: Pakistanis
IN | ru: Республика Индия | en: Republic of India; Bharat | kk: Үндістан Республикасы | radj: индийский | eadj: Indian | kadj: үнді | rdem: индийцы | edem: Indians
TR | EN: Türkiye; Turkey; Turkiye; Republic of Türkiye; Republic of Turkey | ru: Турецкая Республика; Республика Турция; Турция; Туркия | kk: Түркия Республикасы; Түркия | radj: турецкий | eadj: Turkish | kadj: түрік | rdem: турки | edem: Turks
# East and South-East Asia.
KR | ru: Южная Корея; Корея | en: Republic of Korea; Korea | kk: Корея Республикасы; Корея | abbr: ROK | radj: южнокорейский; корейский | eadj: South Korean; Korean | kadj: корей | rdem: южнокорейцы; корейцы | edem: South Koreans; Koreans
KP | ru: Корейская Народно-Демократическая Республика; Северная Корея | en: Democratic People's Republic of Korea | kk: Корея Халықтық Демократиялық Республикасы; Солтүстік Корея | abbr: КНДР; КХДР; DPRK | radj: северокорейский | eadj: North Korean | rdem: северокорейцы | edem: North Koreans
JP | ru: Япония | en: Japan | kk: Жапония | radj: японский | eadj: Japanese | kadj: жапон | rdem: японцы | edem: Japanese
VN | ru: Социалистическая Республика Вьетнам | en: Socialist Republic of Viet Nam; Viet Nam | kk: Вьетнам Социалистік Республикасы | abbr: СРВ | radj: вьетнамский | eadj: Vietnamese | kadj: вьетнам | rdem: вьетнамцы | edem: Vietnamese
LA | ru: Лаосская Народно-Демократическая Республика | en: Lao People's Democratic Republic; Lao PDR | abbr: ЛНДР | radj: лаосский | eadj: Lao; Laotian
KH | ru: Королевство Камбоджа | en: Kingdom of Cambodia | radj: камбоджийский | eadj: Cambodian
TH | ru: Королевство Таиланд; Тайланд | en: Kingdom of Thailand | kk: Таиланд; Тайланд Корольдігі | radj: таиландский; тайский | eadj: Thai | rdem: тайцы | edem: Thais
MM | ru: Республика Союз Мьянма | en: Republic of the Union of Myanmar | radj: мьянманский | eadj: Myanmar; Burmese
MY | ru: Малайзия | radj: малайзийский | eadj: Malaysian | rdem: малайзийцы | edem: Malaysians
SG | ru: Республика Сингапур | en: Republic of Singapore | radj: сингапурский | eadj: Singaporean
ID | ru: Республика Индонезия | en: Republic of Indonesia | radj: индонезийский | eadj: Indonesian | rdem: индонезийцы | edem: Indonesians
PH | ru: Республика Филиппины | en: Republic of the Philippines | kk: Филиппин; Филиппин Республикасы | radj: филиппинский | eadj: Philippine; Filipino
BN | RU: Бруней | ru: Бруней-Даруссалам; Государство Бруней-Даруссалам | en: Brunei Darussalam | radj: брунейский | eadj: Bruneian
TL | ru: Демократическая Республика Тимор-Лешти; Тимор-Лешти | en: East Timor; Democratic Republic of Timor-Leste | radj: восточнотиморский | eadj: Timorese
BD | ru: Народная Республика Бангладеш | en: People's Republic of Bangladesh | radj: бангладешский | eadj: Bangladeshi
LK | ru: Демократическая Социалистическая Республика Шри-Ланка | en: Democratic Socialist Republic of Sri Lanka | radj: шриланкийский | eadj: Sri Lankan
NP | ru: Федеративная Демократическая Республика Непал | en: Federal Democratic Republic of Nepal | radj: непальский | eadj: Nepalese; Nepali
BT | ru: Королевство Бутан | en: Kingdom of Bhutan | radj: бутанский | eadj: Bhutanese
MV | ru: Мальдивская Республика; Мальдивские Острова | en: Republic of Maldives; Maldive Islands | radj: мальдивский | eadj: Maldivian
TW | radj: тайваньский | eadj: Taiwanese
HK | EN: Hong Kong | RU: Гонконг; Сянган | KK: Гонконг; Сянган | radj: гонконгский
MO | EN: Macao; Macau | RU: Макао; Аомынь | KK: Макао
# Middle East and North Africa.
AE | RU: Объединённые Арабские Эмираты; Эмираты | ru: ОАЭ | en: UAE; the Emirates | abbr: БАӘ; U.A.E | radj: эмиратский | eadj: Emirati | kk: Біріккен Араб Әмірліктері | rdem: эмиратцы | edem: Emiratis
SA | ru: Королевство Саудовская Аравия | en: Kingdom of Saudi Arabia | kk: Сауд Арабиясы Корольдігі; Сауд Арабиясы | abbr: КСА; KSA | radj: саудовский; саудоаравийский | eadj: Saudi; Saudi Arabian | kadj: сауд | edem: Saudis
QA | ru: Государство Катар | en: State of Qatar | kk: Катар Мемлекеті | radj: катарский | eadj: Qatari | rdem: катарцы | edem: Qataris
KW | ru: Государство Кувейт | en: State of Kuwait | kk: Кувейт Мемлекеті | radj: кувейтский | eadj: Kuwaiti | edem: Kuwaitis
BH | ru: Королевство Бахрейн | en: Kingdom of Bahrain | kk: Бахрейн Корольдігі | radj: бахрейнский | eadj: Bahraini
OM | ru: Султанат Оман | en: Sultanate of Oman | kk: Оман Сұлтандығы | radj: оманский | eadj: Omani
YE | ru: Йеменская Республика | en: Republic of Yemen | radj: йеменский | eadj: Yemeni
IQ | ru: Республика Ирак | en: Republic of Iraq | radj: иракский | eadj: Iraqi | rdem: иракцы | edem: Iraqis
SY | ru: Сирийская Арабская Республика | en: Syrian Arab Republic | abbr: САР | radj: сирийский | eadj: Syrian | rdem: сирийцы | edem: Syrians
LB | ru: Ливанская Республика | en: Lebanese Republic | radj: ливанский | eadj: Lebanese
JO | ru: Иорданское Хашимитское Королевство | en: Hashemite Kingdom of Jordan | kk: Иордания Хашимит Корольдігі | radj: иорданский | eadj: Jordanian
IL | ru: Государство Израиль | en: State of Israel | kk: Израиль Мемлекеті | radj: израильский | eadj: Israeli | rdem: израильтяне | edem: Israelis
PS | EN: Palestine; State of Palestine; Palestinian Territories | RU: Палестина; Государство Палестина | KK: Палестина; Палестина Мемлекеті | radj: палестинский | eadj: Palestinian | rdem: палестинцы | edem: Palestinians
EG | ru: Арабская Республика Египет | en: Arab Republic of Egypt | kk: Египет; Мысыр Араб Республикасы | abbr: АРЕ | radj: египетский | eadj: Egyptian | kadj: мысыр | rdem: египтяне | edem: Egyptians
LY | ru: Государство Ливия | en: State of Libya | radj: ливийский | eadj: Libyan
TN | ru: Тунисская Республика | en: Tunisian Republic; Republic of Tunisia | radj: тунисский | eadj: Tunisian
DZ | ru: Алжирская Народная Демократическая Республика | en: People's Democratic Republic of Algeria | radj: алжирский | eadj: Algerian
MA | ru: Королевство Марокко | en: Kingdom of Morocco | radj: марокканский | eadj: Moroccan
SD | ru: Республика Судан | en: Republic of the Sudan; the Sudan | radj: суданский | eadj: Sudanese
SS | ru: Республика Южный Судан | en: Republic of South Sudan | radj: южносуданский | eadj: South Sudanese
# Europe.
GB | ru: Соединённое Королевство Великобритании и Северной Ирландии; Соединённое Королевство; Британия; Англия; Северная Ирландия; Шотландия; Уэльс | en: UK; United Kingdom of Great Britain and Northern Ireland; Great Britain; Britain; England; Northern Ireland; Scotland; Wales | kk: Ұлыбритания және Солтүстік Ирландия Құрама Корольдігі; Ұлыбритания Корольдігі; Британия; Англия; Солтүстік Ирландия; Шотландия | abbr: U.K | radj: британский | eadj: British | kadj: британ | rdem: британцы; англичане | edem: Britons; the British | rcomb: англо; британо
FR | ru: Французская Республика | en: French Republic | kk: Француз Республикасы | radj: французский | eadj: French | kadj: француз | rdem: французы | edem: Frenchmen | rcomb: франко
DE | ru: Федеративная Республика Германия | en: Federal Republic of Germany | kk: Германия Федеративтік Республикасы | abbr: ФРГ; ГФР | radj: германский; немецкий | eadj: German | kadj: неміс | rdem: немцы | edem: Germans | rcomb: германо
IT | ru: Итальянская Республика | en: Italian Republic | kk: Италия Республикасы | radj: итальянский | eadj: Italian | kadj: итальян | rdem: итальянцы | edem: Italians | rcomb: итало
ES | ru: Королевство Испания | en: Kingdom of Spain | kk: Испания Корольдігі | radj: испанский | eadj: Spanish | kadj: испан | rdem: испанцы | edem: Spaniards | rcomb: испано
PT | ru: Португальская Республика | en: Portuguese Republic | radj: португальский | eadj: Portuguese | kadj: португал
NL | ru: Королевство Нидерландов; Голландия | en: Kingdom of the Netherlands; Holland; the Netherlands | kk: Нидерланды; Голландия | radj: нидерландский; голландский | eadj: Dutch | kadj: голланд | rdem: нидерландцы; голландцы
BE | ru: Королевство Бельгия | en: Kingdom of Belgium | kk: Бельгия Корольдігі | radj: бельгийский | eadj: Belgian | rdem: бельгийцы | edem: Belgians
LU | ru: Великое Герцогство Люксембург | en: Grand Duchy of Luxembourg | radj: люксембургский | eadj: Luxembourgish
CH | ru: Швейцарская Конфедерация | en: Swiss Confederation | kk: Швейцария Конфедерациясы | radj: швейцарский | eadj: Swiss | kadj: швейцар | rdem: швейцарцы
AT | ru: Австрийская Республика | en: Republic of Austria | kk: Австрия Республикасы | radj: австрийский | eadj: Austrian | kadj: австрия | rdem: австрийцы | edem: Austrians
LI | ru: Княжество Лихтенштейн | en: Principality of Liechtenstein | radj: лихтенштейнский
MC | ru: Княжество Монако | en: Principality of Monaco | radj: монакский; монегасский | eadj: Monegasque
AD | ru: Княжество Андорра | en: Principality of Andorra | radj: андоррский | eadj: Andorran
SM | ru: Республика Сан-Марино | en: Republic of San Marino | radj: сан-маринский | eadj: Sammarinese
VA | RU: Ватикан; Святой Престол; Государство-город Ватикан | EN: Vatican; Holy See; Vatican City | KK: Ватикан; Қасиетті Тақ | radj: ватиканский | eadj: Vatican
MT | ru: Республика Мальта | en: Republic of Malta | radj: мальтийский | eadj: Maltese
IE | ru: Ирландия | en: Ireland | radj: ирландский | eadj: Irish | rdem: ирландцы
IS | ru: Исландия | en: Iceland | radj: исландский | eadj: Icelandic
DK | ru: Королевство Дания | en: Kingdom of Denmark | kk: Дания Корольдігі | radj: датский | eadj: Danish | rdem: датчане | edem: Danes
SE | ru: Королевство Швеция | en: Kingdom of Sweden | kk: Швеция Корольдігі | radj: шведский | eadj: Swedish | kadj: швед | rdem: шведы | edem: Swedes
NO | ru: Королевство Норвегия | en: Kingdom of Norway | kk: Норвегия Корольдігі | radj: норвежский | eadj: Norwegian | kadj: норвег | rdem: норвежцы | edem: Norwegians
FI | ru: Финляндская Республика | en: Republic of Finland | kk: Финляндия Республикасы | radj: финляндский; финский | eadj: Finnish | kadj: фин | rdem: финны | edem: Finns
EE | ru: Эстонская Республика | en: Republic of Estonia | radj: эстонский | eadj: Estonian | kadj: эстон | rdem: эстонцы | edem: Estonians
LV | ru: Латвийская Республика | en: Republic of Latvia | radj: латвийский; латышский | eadj: Latvian | kadj: латыш | rdem: латыши | edem: Latvians
LT | ru: Литовская Республика | en: Republic of Lithuania | radj: литовский | eadj: Lithuanian | kadj: литва | rdem: литовцы | edem: Lithuanians
PL | ru: Республика Польша | en: Republic of Poland | kk: Польша Республикасы | radj: польский | eadj: Polish | kadj: поляк | rdem: поляки | edem: Poles
CZ | EN: Czechia; Czech Republic | ru: Чешская Республика; Чехия | kk: Чех Республикасы; Чехия | radj: чешский | eadj: Czech | kadj: чех | rdem: чехи | edem: Czechs
SK | ru: Словацкая Республика | en: Slovak Republic | kk: Словакия Республикасы | radj: словацкий | eadj: Slovak | kadj: словак | rdem: словаки | edem: Slovaks
HU | ru: Венгрия; Венгерская Республика | en: Hungary | kk: Мажарстан; Венгрия | radj: венгерский | eadj: Hungarian | kadj: мажар; венгр | rdem: венгры | edem: Hungarians
RO | ru: Румыния | en: Romania; Rumania | radj: румынский | eadj: Romanian | kadj: румын | rdem: румыны | edem: Romanians
BG | ru: Республика Болгария | en: Republic of Bulgaria | kk: Болгария Республикасы | radj: болгарский | eadj: Bulgarian | kadj: болгар | rdem: болгары | edem: Bulgarians
RS | ru: Республика Сербия | en: Republic of Serbia | kk: Сербия Республикасы | radj: сербский | eadj: Serbian | kadj: серб | rdem: сербы | edem: Serbs
HR | ru: Республика Хорватия | en: Republic of Croatia | radj: хорватский | eadj: Croatian | kadj: хорват | rdem: хорваты | edem: Croats
SI | ru: Республика Словения | en: Republic of Slovenia | radj: словенский | eadj: Slovenian; Slovene | kadj: словен
BA | ru: Босния и Герцеговина | en: Bosnia and Herzegovina; Bosnia | kk: Босния және Герцеговина | radj: боснийский | eadj: Bosnian
ME | ru: Черногория | en: Montenegro | kk: Черногория; Қаратау | radj: черногорский | eadj: Montenegrin
MK | EN: North Macedonia; Macedonia; Republic of North Macedonia | RU: Северная Македония; Македония; Республика Северная Македония | KK: Солтүстік Македония; Македония | radj: македонский; северомакедонский | eadj: Macedonian; North Macedonian
AL | ru: Республика Албания | en: Republic of Albania | radj: албанский | eadj: Albanian | kadj: албан | rdem: албанцы
GR | ru: Греческая Республика; Эллинская Республика; Греция | en: Hellenic Republic | kk: Грекия; Греция; Грек Республикасы | radj: греческий | eadj: Greek | kadj: грек | rdem: греки | edem: Greeks | rcomb: греко
CY | ru: Республика Кипр | en: Republic of Cyprus | kk: Кипр Республикасы | radj: кипрский | eadj: Cypriot
XK | ru: Республика Косово | en: Republic of Kosovo | radj: косовский | eadj: Kosovar; Kosovan
# The Americas.
US | RU: Соединённые Штаты Америки; Соединённые Штаты; Америка | EN: United States; United States of America; America | KK: Америка Құрама Штаттары; Америка; Құрама Штаттар | abbr: США; АҚШ; US; USA; U.S; U.S.A | radj: американский | eadj: American; US-based | kadj: америка; американ | rdem: американцы | edem: Americans | rcomb: американо
CA | ru: Канада | en: Canada | radj: канадский | eadj: Canadian | kadj: канада | rdem: канадцы | edem: Canadians
MX | ru: Мексиканские Соединённые Штаты; Соединённые Мексиканские Штаты | en: United Mexican States | radj: мексиканский | eadj: Mexican | rdem: мексиканцы | edem: Mexicans
BR | ru: Федеративная Республика Бразилия | en: Federative Republic of Brazil | kk: Бразилия Федеративтік Республикасы | radj: бразильский | eadj: Brazilian | kadj: бразилия | rdem: бразильцы | edem: Brazilians
AR | ru: Аргентинская Республика | en: Argentine Republic | radj: аргентинский | eadj: Argentine; Argentinian | rdem: аргентинцы
CL | ru: Республика Чили | en: Republic of Chile | radj: чилийский | eadj: Chilean
PE | ru: Республика Перу | en: Republic of Peru | radj: перуанский | eadj: Peruvian
CO | ru: Республика Колумбия | en: Republic of Colombia | radj: колумбийский | eadj: Colombian
VE | ru: Боливарианская Республика Венесуэла | en: Bolivarian Republic of Venezuela | radj: венесуэльский | eadj: Venezuelan
BO | ru: Многонациональное Государство Боливия | en: Plurinational State of Bolivia | radj: боливийский | eadj: Bolivian
EC | ru: Республика Эквадор | en: Republic of Ecuador | radj: эквадорский | eadj: Ecuadorian
PY | ru: Республика Парагвай | en: Republic of Paraguay | radj: парагвайский | eadj: Paraguayan
UY | ru: Восточная Республика Уругвай | en: Oriental Republic of Uruguay | radj: уругвайский | eadj: Uruguayan
CU | ru: Республика Куба | en: Republic of Cuba | kk: Куба Республикасы | radj: кубинский | eadj: Cuban | rdem: кубинцы | edem: Cubans
NI | ru: Республика Никарагуа | en: Republic of Nicaragua | radj: никарагуанский | eadj: Nicaraguan
PA | ru: Республика Панама | en: Republic of Panama | radj: панамский | eadj: Panamanian
CR | ru: Республика Коста-Рика | en: Republic of Costa Rica | radj: костариканский | eadj: Costa Rican
GT | ru: Республика Гватемала | en: Republic of Guatemala | radj: гватемальский | eadj: Guatemalan
HN | ru: Республика Гондурас | en: Republic of Honduras | radj: гондурасский | eadj: Honduran
SV | ru: Республика Эль-Сальвадор; Эль-Сальвадор | en: Republic of El Salvador | radj: сальвадорский | eadj: Salvadoran
DO | ru: Доминиканская Республика | en: Dominican Republic | radj: доминиканский | eadj: Dominican
HT | ru: Республика Гаити | en: Republic of Haiti | radj: гаитянский | eadj: Haitian
JM | ru: Ямайка | en: Jamaica | radj: ямайский | eadj: Jamaican
TT | ru: Республика Тринидад и Тобаго | en: Republic of Trinidad and Tobago
BS | ru: Багамские Острова; Содружество Багамских Островов | en: Commonwealth of The Bahamas; The Bahamas | radj: багамский | eadj: Bahamian
BB | radj: барбадосский | eadj: Barbadian
GY | ru: Кооперативная Республика Гайана | en: Co-operative Republic of Guyana | radj: гайанский | eadj: Guyanese
SR | ru: Республика Суринам | en: Republic of Suriname | radj: суринамский | eadj: Surinamese
BZ | radj: белизский | eadj: Belizean
AG | en: Antigua and Barbuda
KN | EN: Saint Kitts and Nevis; St Kitts and Nevis | RU: Сент-Китс и Невис; Федерация Сент-Китс и Невис
LC | EN: Saint Lucia; St Lucia
VC | EN: Saint Vincent and the Grenadines; St Vincent and the Grenadines | RU: Сент-Винсент и Гренадины
# Africa.
ZA | RU: Южно-Африканская Республика; Южная Африка | EN: South Africa; Republic of South Africa | KK: Оңтүстік Африка Республикасы; Оңтүстік Африка | abbr: ЮАР; ОАР; RSA | radj: южноафриканский | eadj: South African | rdem: южноафриканцы | edem: South Africans
NG | ru: Федеративная Республика Нигерия | en: Federal Republic of Nigeria | radj: нигерийский | eadj: Nigerian | rdem: нигерийцы | edem: Nigerians
ET | ru: Федеративная Демократическая Республика Эфиопия | en: Federal Democratic Republic of Ethiopia | radj: эфиопский | eadj: Ethiopian | rdem: эфиопы | edem: Ethiopians
KE | ru: Республика Кения | en: Republic of Kenya | radj: кенийский | eadj: Kenyan
TZ | ru: Объединённая Республика Танзания | en: United Republic of Tanzania | radj: танзанийский | eadj: Tanzanian
UG | ru: Республика Уганда | en: Republic of Uganda | radj: угандийский | eadj: Ugandan
RW | ru: Республика Руанда | en: Republic of Rwanda | radj: руандийский | eadj: Rwandan
GH | ru: Республика Гана | en: Republic of Ghana | radj: ганский | eadj: Ghanaian
SN | ru: Республика Сенегал | en: Republic of Senegal | radj: сенегальский | eadj: Senegalese
CI | EN: Côte d'Ivoire; Cote d'Ivoire; Ivory Coast | RU: Кот-д'Ивуар; Республика Кот-д'Ивуар | KK: Кот-д'Ивуар | radj: ивуарийский | eadj: Ivorian
CD | EN: Democratic Republic of the Congo; DR Congo; Congo-Kinshasa | RU: Демократическая Республика Конго; ДР Конго | KK: Конго Демократиялық Республикасы | abbr: ДРК; DRC | eadj: Congolese
CG | EN: Republic of the Congo; Congo; Congo-Brazzaville | RU: Республика Конго; Конго | KK: Конго Республикасы; Конго
CF | RU: Центральноафриканская Республика | EN: Central African Republic | abbr: ЦАР | radj: центральноафриканский
AO | ru: Республика Ангола | en: Republic of Angola | radj: ангольский | eadj: Angolan
MZ | ru: Республика Мозамбик | en: Republic of Mozambique | radj: мозамбикский | eadj: Mozambican
ZW | ru: Республика Зимбабве | en: Republic of Zimbabwe | radj: зимбабвийский | eadj: Zimbabwean
ZM | ru: Республика Замбия | en: Republic of Zambia | radj: замбийский | eadj: Zambian
NA | ru: Республика Намибия | en: Republic of Namibia | radj: намибийский | eadj: Namibian
BW | ru: Республика Ботсвана | en: Republic of Botswana | radj: ботсванский | eadj: Botswanan
MG | ru: Республика Мадагаскар | en: Republic of Madagascar | radj: малагасийский; мадагаскарский | eadj: Malagasy
MU | ru: Республика Маврикий | en: Republic of Mauritius | radj: маврикийский | eadj: Mauritian
SC | RU: Сейшельские Острова; Сейшелы; Республика Сейшельские Острова | EN: Seychelles; Republic of Seychelles | radj: сейшельский | eadj: Seychellois
CM | ru: Республика Камерун | en: Republic of Cameroon | radj: камерунский | eadj: Cameroonian
GA | ru: Габонская Республика | en: Gabonese Republic | radj: габонский | eadj: Gabonese
GQ | ru: Республика Экваториальная Гвинея | en: Republic of Equatorial Guinea | radj: экваториальногвинейский | eadj: Equatoguinean
GN | ru: Гвинейская Республика | en: Republic of Guinea | radj: гвинейский | eadj: Guinean
GW | ru: Республика Гвинея-Бисау | en: Republic of Guinea-Bissau
ML | ru: Республика Мали | en: Republic of Mali | radj: малийский | eadj: Malian
NE | ru: Республика Нигер | en: Republic of the Niger | radj: нигерский | eadj: Nigerien
BF | ru: Буркина-Фасо | en: Burkina Faso | radj: буркинийский | eadj: Burkinabe
TD | ru: Республика Чад | en: Republic of Chad | radj: чадский | eadj: Chadian
MR | ru: Исламская Республика Мавритания | en: Islamic Republic of Mauritania | radj: мавританский | eadj: Mauritanian
SO | ru: Федеративная Республика Сомали | en: Federal Republic of Somalia | radj: сомалийский | eadj: Somali
DJ | ru: Республика Джибути | en: Republic of Djibouti | radj: джибутийский | eadj: Djiboutian
ER | ru: Государство Эритрея | en: State of Eritrea | radj: эритрейский | eadj: Eritrean
BJ | ru: Республика Бенин | en: Republic of Benin | radj: бенинский | eadj: Beninese
TG | ru: Тоголезская Республика | en: Togolese Republic | radj: тоголезский | eadj: Togolese
LR | ru: Республика Либерия | en: Republic of Liberia | radj: либерийский | eadj: Liberian
SL | ru: Республика Сьерра-Леоне | en: Republic of Sierra Leone | radj: сьерра-леонский | eadj: Sierra Leonean
GM | ru: Республика Гамбия | en: Republic of The Gambia; The Gambia | radj: гамбийский | eadj: Gambian
CV | ru: Республика Кабо-Верде | en: Republic of Cabo Verde; Cabo Verde | eadj: Cape Verdean
ST | ru: Демократическая Республика Сан-Томе и Принсипи | en: Sao Tome and Principe
BI | ru: Республика Бурунди | en: Republic of Burundi | radj: бурундийский | eadj: Burundian
MW | ru: Республика Малави | en: Republic of Malawi | radj: малавийский | eadj: Malawian
LS | ru: Королевство Лесото | en: Kingdom of Lesotho
SZ | EN: Eswatini; Kingdom of Eswatini; Swaziland | RU: Эсватини; Королевство Эсватини; Свазиленд | KK: Эсватини; Свазиленд
KM | ru: Союз Коморских Островов; Коморские Острова | en: Union of the Comoros; Comoros Islands | eadj: Comorian
# Oceania.
AU | ru: Австралийский Союз; Австралия | en: Commonwealth of Australia | radj: австралийский | eadj: Australian | kadj: австралия | rdem: австралийцы | edem: Australians
NZ | ru: Новая Зеландия | en: New Zealand | radj: новозеландский | eadj: New Zealand | rdem: новозеландцы
PG | RU: Папуа — Новая Гвинея; Папуа-Новая Гвинея; Независимое Государство Папуа — Новая Гвинея | en: Independent State of Papua New Guinea | eadj: Papua New Guinean
FJ | ru: Республика Фиджи | en: Republic of Fiji | radj: фиджийский | eadj: Fijian
WS | ru: Независимое Государство Самоа | en: Independent State of Samoa | eadj: Samoan
TO | ru: Королевство Тонга | en: Kingdom of Tonga | eadj: Tongan
VU | ru: Республика Вануату | en: Republic of Vanuatu
SB | en: Solomon Islands
KI | ru: Республика Кирибати | en: Republic of Kiribati
MH | ru: Республика Маршалловы Острова | en: Republic of the Marshall Islands
FM | RU: Федеративные Штаты Микронезии; Микронезия | EN: Micronesia; Federated States of Micronesia
PW | ru: Республика Палау | en: Republic of Palau
NR | ru: Республика Науру | en: Republic of Nauru
TV | ru: Тувалу | en: Tuvalu
`
