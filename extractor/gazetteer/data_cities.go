package gazetteer

// cityTable lists national capitals and other cities where diplomacy
// happens: English names (the first is the exonym returned), ISO code,
// Russian names, Kazakh names (empty: as in Russian), flags (c capital,
// f feminine Russian -ь, l only in a locative context because the name is
// also a common word or a surname). See parseCityTable.
const cityTable = `
# Kazakhstan.
Astana; Nur-Sultan; Akmola; Aqmola; Tselinograd | KZ | Астана; Нур-Султан; Акмола; Целиноград | Астана; Нұр-Сұлтан; Нур-Султан; Ақмола | c
Almaty; Alma-Ata | KZ | Алматы; Алма-Ата | Алматы
Shymkent; Chimkent | KZ | Шымкент; Чимкент | Шымкент
Aktobe; Aqtobe; Aktyubinsk | KZ | Актобе; Актюбинск | Ақтөбе
Karaganda; Karagandy; Qaragandy | KZ | Караганда; Караганды | Қарағанды
Turkistan; Turkestan | KZ | Туркестан | Түркістан
Aktau; Aqtau | KZ | Актау | Ақтау
Atyrau | KZ | Атырау | Атырау
Oral; Uralsk | KZ | Уральск; Орал | Орал | l
Kostanay; Qostanay | KZ | Костанай | Қостанай
Pavlodar | KZ | Павлодар | Павлодар
Oskemen; Ust-Kamenogorsk; Öskemen | KZ | Усть-Каменогорск; Оскемен | Өскемен
Semey; Semipalatinsk | KZ | Семей; Семипалатинск | Семей | l
Taraz | KZ | Тараз | Тараз
Kyzylorda; Qyzylorda | KZ | Кызылорда | Қызылорда
Petropavl; Petropavlovsk | KZ | Петропавловск; Петропавл | Петропавл
Kokshetau; Kokchetav | KZ | Кокшетау | Көкшетау
Taldykorgan; Taldyqorgan | KZ | Талдыкорган | Талдықорған
Zhezkazgan; Jezkazgan | KZ | Жезказган | Жезқазған
Konaev; Kunaev; Qonaev; Kapchagay | KZ | Конаев; Кунаев; Капчагай | Қонаев; Қапшағай | l
Ekibastuz | KZ | Экибастуз | Екібастұз
Temirtau | KZ | Темиртау | Теміртау
Baikonur; Baikonyr | KZ | Байконур; Байқоңыр | Байқоңыр
Burabay; Borovoe | KZ | Бурабай; Боровое | Бурабай
Zhanaozen | KZ | Жанаозен | Жаңаөзен
Balkhash | KZ | Балхаш | Балқаш
Kurchatov | KZ | Курчатов | Курчатов | l
Ridder | KZ | Риддер | Риддер
Satpayev | KZ | Сатпаев | Сәтбаев | l
Rudny | KZ | Рудный | Рудный | l
Stepnogorsk | KZ | Степногорск | Степногорск
Khorgos; Khorgas | KZ | Хоргос | Қорғас
# Russia.
Moscow | RU | Москва | Мәскеу | c
Saint Petersburg; St Petersburg; St. Petersburg; Petersburg | RU | Санкт-Петербург; Петербург | Санкт-Петербург
Kazan | RU | Казань | Қазан | f
Sochi | RU | Сочи
Novosibirsk | RU | Новосибирск | Новосібір; Новосибирск
Yekaterinburg; Ekaterinburg | RU | Екатеринбург
Vladivostok | RU | Владивосток
Ufa | RU | Уфа | Өфі; Уфа
Omsk | RU | Омск | Омбы; Омск
Chelyabinsk | RU | Челябинск | Челябі; Челябинск
Samara | RU | Самара
Orenburg | RU | Оренбург | Орынбор; Оренбург
Astrakhan | RU | Астрахань | Астрахан; Астрахань | f
Kaliningrad | RU | Калининград
Nizhny Novgorod | RU | Нижний Новгород
Krasnoyarsk | RU | Красноярск
Rostov-on-Don; Rostov | RU | Ростов-на-Дону; Ростов
Krasnodar | RU | Краснодар
Volgograd | RU | Волгоград
Saratov | RU | Саратов | Саратов | l
Tyumen | RU | Тюмень | Түмен; Тюмень | f
Barnaul | RU | Барнаул
Tomsk | RU | Томск
Irkutsk | RU | Иркутск
Khabarovsk | RU | Хабаровск
Perm | RU | Пермь | Пермь | f
Voronezh | RU | Воронеж
Murmansk | RU | Мурманск
Kurgan | RU | Курган | Қорған; Курган | l
Makhachkala | RU | Махачкала
Grozny | RU | Грозный
Yakutsk | RU | Якутск
Sevastopol | RU | Севастополь
Yaroslavl | RU | Ярославль
Tver | RU | Тверь | Тверь | f
Kursk | RU | Курск
Cheboksary | RU | Чебоксары
Gorno-Altaysk | RU | Горно-Алтайск
Derbent | RU | Дербент
Veliky Novgorod; Novgorod | RU | Великий Новгород; Новгород
Pskov | RU | Псков
Ryazan | RU | Рязань | Рязань | f
Tula | RU | Тула
Kaluga | RU | Калуга
Smolensk | RU | Смоленск
Arkhangelsk | RU | Архангельск
Magnitogorsk | RU | Магнитогорск
Tobolsk | RU | Тобольск
# Central Asia.
Bishkek | KG | Бишкек | Бішкек | c
Osh | KG | Ош | Ош
Cholpon-Ata | KG | Чолпон-Ата | Шолпан-Ата; Чолпон-Ата
Karakol | KG | Каракол | Қарақол
Tashkent | UZ | Ташкент | Ташкент | c
Samarkand | UZ | Самарканд | Самарқанд
Bukhara | UZ | Бухара | Бұқара
Khiva | UZ | Хива | Хиуа; Хива
Nukus | UZ | Нукус | Нөкіс; Нукус
Andijan | UZ | Андижан | Әндіжан; Андижан
Fergana | UZ | Фергана | Ферғана
Namangan | UZ | Наманган
Termez | UZ | Термез
Urgench | UZ | Ургенч | Үргеніш; Ургенч
Dushanbe | TJ | Душанбе | Душанбе | c
Khujand | TJ | Худжанд | Ходжент; Худжанд
Ashgabat; Ashkhabad | TM | Ашхабад; Ашгабат | Ашхабад; Ашғабат | c
Turkmenbashi | TM | Туркменбаши
Avaza | TM | Аваза
# The Caucasus, Belarus, Ukraine, Moldova.
Baku | AZ | Баку | Баку | c
Ganja | AZ | Гянджа | Гянджа; Гәнжә
Shusha | AZ | Шуша
Gabala | AZ | Габала
Sumgait | AZ | Сумгаит
Nakhchivan | AZ | Нахичевань; Нахчыван | Нахчыван | f
Tbilisi | GE | Тбилиси | Тбилиси | c
Batumi | GE | Батуми
Kutaisi | GE | Кутаиси
Yerevan | AM | Ереван | Ереван | c
Gyumri | AM | Гюмри
Minsk | BY | Минск | Минск; Минскі | c
Brest | BY | Брест | Брест | l
Grodno | BY | Гродно
Gomel | BY | Гомель
Vitebsk | BY | Витебск
Mogilev | BY | Могилёв
Kyiv; Kiev | UA | Киев | Киев | c
Kharkiv; Kharkov | UA | Харьков
Odesa; Odessa | UA | Одесса
Lviv | UA | Львов | Львов | l
Chisinau; Kishinev | MD | Кишинёв | Кишинев | c
# Mongolia, China, East Asia.
Ulaanbaatar; Ulan Bator | MN | Улан-Батор; Улаанбаатар | Улан-Батор; Ұлан-Батор; Ұлан-Батыр | c
Beijing; Peking | CN | Пекин | Бейжің; Пекин | c
Shanghai | CN | Шанхай
Urumqi | CN | Урумчи | Үрімжі; Үрімші
Xi'an; Xian | CN | Сиань | Сиань
Guangzhou | CN | Гуанчжоу
Shenzhen | CN | Шэньчжэнь
Hangzhou | CN | Ханчжоу
Tianjin | CN | Тяньцзинь
Chongqing | CN | Чунцин
Chengdu | CN | Чэнду
Wuhan | CN | Ухань
Nanjing | CN | Нанкин
Harbin | CN | Харбин
Qingdao | CN | Циндао
Dalian | CN | Далянь
Xiamen | CN | Сямэнь
Kunming | CN | Куньмин
Lanzhou | CN | Ланьчжоу
Sanya | CN | Санья
Boao | CN | Боао
Kashgar | CN | Кашгар | Қашқар
Ghulja; Yining | CN | Кульджа; Инин | Құлжа
Lianyungang | CN | Ляньюньган
Tokyo | JP | Токио | Токио | c
Osaka | JP | Осака
Kyoto | JP | Киото
Hiroshima | JP | Хиросима
Nagoya | JP | Нагоя
Seoul | KR | Сеул | Сеул | c
Busan | KR | Пусан; Бусан
Incheon | KR | Инчхон
Pyongyang | KP | Пхеньян | Пхеньян | c
Taipei | TW | Тайбэй | Тайбэй | c
Hong Kong | HK | Гонконг | Гонконг
Hanoi | VN | Ханой | Ханой | c
Ho Chi Minh City; Saigon | VN | Хошимин; Сайгон
Da Nang | VN | Дананг
Vientiane | LA | Вьентьян | Вьентьян | c
Phnom Penh | KH | Пномпень | Пномпень | c
Siem Reap | KH | Сиемреап
Bangkok | TH | Бангкок | Бангкок | c
Naypyidaw; Nay Pyi Taw | MM | Нейпьидо | Нейпьидо | c
Yangon; Rangoon | MM | Янгон
Kuala Lumpur | MY | Куала-Лумпур | Куала-Лумпур | c
Putrajaya | MY | Путраджая
Singapore | SG | Сингапур | Сингапур | cl
Jakarta | ID | Джакарта | Джакарта; Жакарта | c
Bali | ID | Бали
Manila | PH | Манила | Манила | c
Bandar Seri Begawan | BN | Бандар-Сери-Бегаван | Бандар-Сери-Бегаван | c
Dili | TL | Дили | Дили | c
# South Asia.
New Delhi; Delhi | IN | Нью-Дели; Дели | Нью-Дели; Дели | c
Mumbai; Bombay | IN | Мумбаи; Бомбей
Bengaluru; Bangalore | IN | Бангалор; Бенгалуру
Kolkata; Calcutta | IN | Калькутта
Chennai; Madras | IN | Ченнаи
Hyderabad | IN | Хайдарабад
Goa | IN | Гоа
Islamabad | PK | Исламабад | Исламабад | c
Karachi | PK | Карачи
Lahore | PK | Лахор
Kabul | AF | Кабул | Кабул | c
Kandahar | AF | Кандагар
Herat | AF | Герат
Mazar-i-Sharif | AF | Мазари-Шариф
Kathmandu | NP | Катманду | Катманду | c
Thimphu | BT | Тхимпху | Тхимпху | c
Dhaka | BD | Дакка | Дакка | c
Colombo | LK | Коломбо | Коломбо
Sri Jayawardenepura Kotte | LK | Шри-Джаяварденепура-Котте | Шри-Джаяварденепура-Котте | c
Male; Malé | MV | Мале | Мале | cl
# Middle East.
Ankara | TR | Анкара | Анкара | c
Istanbul | TR | Стамбул | Ыстамбұл; Стамбул
Antalya | TR | Анталья; Анталия | Анталья; Анталия
Izmir | TR | Измир
Bursa | TR | Бурса
Konya | TR | Конья
Kayseri | TR | Кайсери
Trabzon | TR | Трабзон
Gaziantep | TR | Газиантеп
Tehran | IR | Тегеран | Тегеран | c
Isfahan | IR | Исфахан
Mashhad | IR | Мешхед
Tabriz | IR | Тебриз
Baghdad | IQ | Багдад | Бағдат; Багдад | c
Erbil | IQ | Эрбиль
Basra | IQ | Басра
Damascus | SY | Дамаск | Дамаск | c
Aleppo | SY | Алеппо
Beirut | LB | Бейрут | Бейрут | c
Amman | JO | Амман | Амман | c
Aqaba | JO | Акаба
Jerusalem | IL | Иерусалим | Иерусалим; Құдыс | c
Tel Aviv | IL | Тель-Авив
Haifa | IL | Хайфа
Ramallah | PS | Рамалла | Рамалла
Gaza | PS | Газа | Газа | l
Riyadh | SA | Эр-Рияд; Рияд | Эр-Рияд; Әр-Рияд; Рияд | c
Jeddah | SA | Джидда; Джедда
Mecca | SA | Мекка | Мекке; Мекка
Medina | SA | Медина | Медине; Медина | l
Doha | QA | Доха | Доха | c
Abu Dhabi | AE | Абу-Даби | Абу-Даби; Әбу-Даби | c
Dubai | AE | Дубай | Дубай
Sharjah | AE | Шарджа
Kuwait City | KW | Эль-Кувейт | Эль-Кувейт | c
Manama | BH | Манама | Манама | c
Muscat | OM | Маскат | Маскат | c
Sanaa; Sana'a | YE | Сана | Сана | cl
Aden | YE | Аден
Nicosia | CY | Никосия | Никосия | c
Limassol | CY | Лимасол
# Europe.
London | GB | Лондон | Лондон | c
Edinburgh | GB | Эдинбург
Manchester | GB | Манчестер
Oxford | GB | Оксфорд
Cambridge | GB | Кембридж
Glasgow | GB | Глазго
Paris | FR | Париж | Париж | c
Strasbourg | FR | Страсбург
Lyon | FR | Лион | Лион | l
Marseille | FR | Марсель
Nice | FR | Ницца | Ницца | l
Cannes | FR | Канны | Канн; Канны
Bordeaux | FR | Бордо
Toulouse | FR | Тулуза
Berlin | DE | Берлин | Берлин | c
Munich | DE | Мюнхен
Hamburg | DE | Гамбург
Frankfurt; Frankfurt am Main | DE | Франкфурт-на-Майне; Франкфурт
Cologne | DE | Кёльн
Bonn | DE | Бонн
Dresden | DE | Дрезден
Leipzig | DE | Лейпциг
Dusseldorf; Düsseldorf | DE | Дюссельдорф
Stuttgart | DE | Штутгарт
Hanover | DE | Ганновер
Rome | IT | Рим | Рим | c
Milan | IT | Милан | Милан | l
Venice | IT | Венеция
Florence | IT | Флоренция | Флоренция | l
Naples | IT | Неаполь
Turin | IT | Турин
Genoa | IT | Генуя
Bologna | IT | Болонья
Madrid | ES | Мадрид | Мадрид | c
Barcelona | ES | Барселона
Seville | ES | Севилья
Valencia | ES | Валенсия
Lisbon | PT | Лиссабон | Лиссабон | c
Porto | PT | Порту
Amsterdam | NL | Амстердам | Амстердам | c
The Hague; Hague | NL | Гаага | Гаага
Rotterdam | NL | Роттердам
Brussels | BE | Брюссель | Брюссель | c
Antwerp | BE | Антверпен
Luxembourg | LU | Люксембург | Люксембург | cl
Geneva | CH | Женева | Женева
Bern; Berne | CH | Берн | Берн | c
Zurich; Zürich | CH | Цюрих
Davos | CH | Давос
Lausanne | CH | Лозанна
Basel | CH | Базель
Vienna | AT | Вена | Вена | cl
Salzburg | AT | Зальцбург
Vaduz | LI | Вадуц | Вадуц | c
Monaco | MC | Монако | Монако | cl
Andorra la Vella | AD | Андорра-ла-Велья | Андорра-ла-Велья | c
San Marino | SM | Сан-Марино | Сан-Марино | cl
Vatican City | VA | Ватикан | Ватикан | cl
Valletta | MT | Валлетта | Валлетта | c
Dublin | IE | Дублин | Дублин | c
Reykjavik | IS | Рейкьявик | Рейкьявик | c
Copenhagen | DK | Копенгаген | Копенгаген | c
Stockholm | SE | Стокгольм | Стокгольм | c
Gothenburg | SE | Гётеборг
Oslo | NO | Осло | Осло | c
Helsinki | FI | Хельсинки | Хельсинки | c
Tallinn | EE | Таллин; Таллинн | Таллин | c
Riga | LV | Рига | Рига | c
Vilnius | LT | Вильнюс | Вильнюс | c
Warsaw | PL | Варшава | Варшава | c
Krakow; Kraków | PL | Краков
Gdansk | PL | Гданьск
Prague | CZ | Прага | Прага | c
Karlovy Vary | CZ | Карловы Вары
Brno | CZ | Брно
Bratislava | SK | Братислава | Братислава | c
Budapest | HU | Будапешт | Будапешт | c
Bucharest | RO | Бухарест | Бухарест | c
Sofia | BG | София | София | cl
Varna | BG | Варна
Belgrade | RS | Белград | Белград | c
Novi Sad | RS | Нови-Сад
Zagreb | HR | Загреб | Загреб | c
Dubrovnik | HR | Дубровник
Ljubljana | SI | Любляна | Любляна | c
Sarajevo | BA | Сараево | Сараево | c
Podgorica | ME | Подгорица | Подгорица | c
Skopje | MK | Скопье | Скопье | c
Tirana | AL | Тирана | Тирана | c
Pristina | XK | Приштина | Приштина | c
Athens | GR | Афины | Афина; Афины | c
Thessaloniki | GR | Салоники
# More of Asia, Russia, the Middle East and Africa.
Karshi; Qarshi | UZ | Карши | Қарши
Jizzakh | UZ | Джизак | Жызақ; Джизак
Navoi | UZ | Навои | Науаи; Навои
Gulistan | UZ | Гулистан
Kokand | UZ | Коканд | Қоқан
Margilan | UZ | Маргилан
Shahrisabz | UZ | Шахрисабз
Jalal-Abad | KG | Джалал-Абад | Жалал-Абад
Naryn | KG | Нарын | Нарын | l
Talas | KG | Талас | Талас | l
Batken | KG | Баткен
Tokmok | KG | Токмок | Тоқмақ
Kulob | TJ | Куляб
Bokhtar | TJ | Бохтар
Khorog | TJ | Хорог
Istaravshan | TJ | Истаравшан
Turkmenabat | TM | Туркменабат
Mary | TM | Мары | Мары | l
Dashoguz | TM | Дашогуз
Balkanabat | TM | Балканабат
Sheki | AZ | Шеки
Lankaran | AZ | Ленкорань; Лянкяран
Fuzuli | AZ | Физули
Aghdam | AZ | Агдам
Khankendi; Stepanakert | AZ | Ханкенди; Степанакерт
Zugdidi | GE | Зугдиди
Dilijan | AM | Дилижан
Vanadzor | AM | Ванадзор
Orsk | RU | Орск
Surgut | RU | Сургут
Kemerovo | RU | Кемерово
Novokuznetsk | RU | Новокузнецк
Ulan-Ude | RU | Улан-Удэ
Kyzyl | RU | Кызыл | Қызыл | l
Elista | RU | Элиста
Nalchik | RU | Нальчик
Vladikavkaz | RU | Владикавказ
Petrozavodsk | RU | Петрозаводск
Izhevsk | RU | Ижевск
Penza | RU | Пенза
Lipetsk | RU | Липецк
Belgorod | RU | Белгород
Bryansk | RU | Брянск
Ivanovo | RU | Иваново
Vologda | RU | Вологда
Ulyanovsk | RU | Ульяновск
Tolyatti; Togliatti | RU | Тольятти
Naberezhnye Chelny | RU | Набережные Челны
Yuzhno-Sakhalinsk | RU | Южно-Сахалинск
Blagoveshchensk | RU | Благовещенск
Novorossiysk | RU | Новороссийск
Stavropol | RU | Ставрополь
Pyatigorsk | RU | Пятигорск
Simferopol | RU | Симферополь
Yalta | RU | Ялта
Rybinsk | RU | Рыбинск
Suzdal | RU | Суздаль
Kolomna | RU | Коломна
Pyeongchang | KR | Пхёнчхан
Gwangju | KR | Кванджу
Daejeon | KR | Тэджон
Jeju | KR | Чеджу
Yokohama | JP | Иокогама
Sapporo | JP | Саппоро
Kobe | JP | Кобе
Fukuoka | JP | Фукуока
Hohhot | CN | Хух-Хото
Yinchuan | CN | Иньчуань
Xining | CN | Синин
Lhasa | CN | Лхаса
Zhengzhou | CN | Чжэнчжоу
Changsha | CN | Чанша
Fuzhou | CN | Фучжоу
Shenyang | CN | Шэньян
Macau | MO | Макао
Peshawar | PK | Пешавар
Quetta | PK | Кветта
Agra | IN | Агра
Jaipur | IN | Джайпур
Varanasi | IN | Варанаси
Ahmedabad | IN | Ахмадабад
Shiraz | IR | Шираз
Qom | IR | Кум | Кум | l
Bandar Abbas | IR | Бендер-Аббас
Chabahar | IR | Чабахар
Mosul | IQ | Мосул
Najaf | IQ | Наджаф
Karbala | IQ | Кербела
Homs | SY | Хомс
Latakia | SY | Латакия
Sidon | LB | Сайда
Eilat | IL | Эйлат
Bethlehem | PS | Вифлеем
Dammam | SA | Даммам
NEOM | SA | Неом
Al-Ula; AlUla | SA | Аль-Ула
Salalah | OM | Салала
Fujairah | AE | Фуджейра
Ras al-Khaimah | AE | Рас-эль-Хайма
Ajman | AE | Аджман
Lusail | QA | Лусаил
Hurghada | EG | Хургада
Luxor | EG | Луксор
Aswan | EG | Асуан
Benghazi | LY | Бенгази
Oran | DZ | Оран
Tangier | MA | Танжер
Fez | MA | Фес
Mombasa | KE | Момбаса
Zanzibar | TZ | Занзибар
Arusha | TZ | Аруша
Walvis Bay | NA | Уолфиш-Бей
Belek | TR | Белек
Bodrum | TR | Бодрум
Alanya | TR | Аланья
Edirne | TR | Эдирне
Eskisehir | TR | Эскишехир
Diyarbakir | TR | Диярбакыр
# The Americas.
Washington; Washington DC; Washington D.C | US | Вашингтон | Вашингтон | c
New York; New York City | US | Нью-Йорк | Нью-Йорк
Los Angeles | US | Лос-Анджелес
San Francisco | US | Сан-Франциско
Chicago | US | Чикаго
Boston | US | Бостон
Houston | US | Хьюстон
Miami | US | Майами
Seattle | US | Сиэтл
Atlanta | US | Атланта
Las Vegas | US | Лас-Вегас
Philadelphia | US | Филадельфия
Ottawa | CA | Оттава | Оттава | c
Toronto | CA | Торонто
Montreal | CA | Монреаль
Vancouver | CA | Ванкувер
Mexico City | MX | Мехико | Мехико | c
Guatemala City | GT | Гватемала | Гватемала | cl
Belmopan | BZ | Бельмопан | Бельмопан | c
San Salvador | SV | Сан-Сальвадор | Сан-Сальвадор | c
Tegucigalpa | HN | Тегусигальпа | Тегусигальпа | c
Managua | NI | Манагуа | Манагуа | c
San Jose; San José | CR | Сан-Хосе | Сан-Хосе | c
Panama City | PA | Панама | Панама | cl
Havana | CU | Гавана | Гавана | c
Kingston | JM | Кингстон | Кингстон | c
Port-au-Prince | HT | Порт-о-Пренс | Порт-о-Пренс | c
Santo Domingo | DO | Санто-Доминго | Санто-Доминго | c
Nassau | BS | Нассау | Нассау | c
Bridgetown | BB | Бриджтаун | Бриджтаун | c
Castries | LC | Кастри | Кастри | c
Kingstown | VC | Кингстаун | Кингстаун | c
St. George's; St George's | GD | Сент-Джорджес | Сент-Джорджес | c
St. John's; St John's | AG | Сент-Джонс | Сент-Джонс | c
Roseau | DM | Розо | Розо | c
Basseterre | KN | Бастер | Бастер | c
Port of Spain | TT | Порт-оф-Спейн | Порт-оф-Спейн | c
Caracas | VE | Каракас | Каракас | c
Bogota; Bogotá | CO | Богота | Богота | c
Quito | EC | Кито | Кито | c
Lima | PE | Лима | Лима | c
La Paz | BO | Ла-Пас | Ла-Пас | c
Sucre | BO | Сукре | Сукре
Santiago | CL | Сантьяго | Сантьяго | c
Buenos Aires | AR | Буэнос-Айрес | Буэнос-Айрес | c
Montevideo | UY | Монтевидео | Монтевидео | c
Asuncion; Asunción | PY | Асунсьон | Асунсьон | c
Brasilia; Brasília | BR | Бразилиа | Бразилиа | c
Rio de Janeiro | BR | Рио-де-Жанейро
Sao Paulo; São Paulo | BR | Сан-Паулу
Georgetown | GY | Джорджтаун | Джорджтаун | c
Paramaribo | SR | Парамарибо | Парамарибо | c
# Africa.
Cairo | EG | Каир | Каир | c
Alexandria | EG | Александрия | Александрия | l
Sharm el-Sheikh | EG | Шарм-эш-Шейх
Tripoli | LY | Триполи | Триполи | c
Tunis | TN | Тунис | Тунис | cl
Algiers | DZ | Алжир | Алжир | cl
Rabat | MA | Рабат | Рабат | c
Casablanca | MA | Касабланка
Marrakesh; Marrakech | MA | Марракеш
Nouakchott | MR | Нуакшот | Нуакшот | c
Dakar | SN | Дакар | Дакар | c
Banjul | GM | Банжул | Банжул | c
Bissau | GW | Бисау | Бисау | c
Conakry | GN | Конакри | Конакри | c
Freetown | SL | Фритаун | Фритаун | c
Monrovia | LR | Монровия | Монровия | c
Yamoussoukro | CI | Ямусукро | Ямусукро | c
Abidjan | CI | Абиджан
Accra | GH | Аккра | Аккра | c
Lome; Lomé | TG | Ломе | Ломе | c
Porto-Novo | BJ | Порто-Ново | Порто-Ново | c
Cotonou | BJ | Котону
Abuja | NG | Абуджа | Абуджа | c
Lagos | NG | Лагос
Niamey | NE | Ниамей | Ниамей | c
Ouagadougou | BF | Уагадугу | Уагадугу | c
Bamako | ML | Бамако | Бамако | c
N'Djamena | TD | Нджамена | Нджамена | c
Khartoum | SD | Хартум | Хартум | c
Juba | SS | Джуба | Джуба | c
Addis Ababa | ET | Аддис-Абеба | Аддис-Абеба | c
Asmara | ER | Асмэра | Асмэра | c
Djibouti | DJ | Джибути | Джибути | cl
Mogadishu | SO | Могадишо | Могадишо | c
Nairobi | KE | Найроби | Найроби | c
Kampala | UG | Кампала | Кампала | c
Kigali | RW | Кигали | Кигали | c
Gitega | BI | Гитега | Гитега | c
Dodoma | TZ | Додома | Додома | c
Dar es Salaam | TZ | Дар-эс-Салам
Lusaka | ZM | Лусака | Лусака | c
Lilongwe | MW | Лилонгве | Лилонгве | c
Maputo | MZ | Мапуту | Мапуту | c
Harare | ZW | Хараре | Хараре | c
Gaborone | BW | Габороне | Габороне | c
Windhoek | NA | Виндхук | Виндхук | c
Pretoria | ZA | Претория | Претория | c
Cape Town | ZA | Кейптаун
Johannesburg | ZA | Йоханнесбург
Durban | ZA | Дурбан
Maseru | LS | Масеру | Масеру | c
Mbabane | SZ | Мбабане | Мбабане | c
Antananarivo | MG | Антананариву | Антананариву | c
Port Louis | MU | Порт-Луи | Порт-Луи | c
Victoria | SC | Виктория | Виктория | cl
Moroni | KM | Морони | Морони | c
Luanda | AO | Луанда | Луанда | c
Kinshasa | CD | Киншаса | Киншаса | c
Brazzaville | CG | Браззавиль | Браззавиль | c
Libreville | GA | Либревиль | Либревиль | c
Malabo | GQ | Малабо | Малабо | c
Yaounde; Yaoundé | CM | Яунде | Яунде | c
Bangui | CF | Банги | Банги | c
Sao Tome; São Tomé | ST | Сан-Томе | Сан-Томе | c
Praia | CV | Прая | Прая | c
# Oceania.
Canberra | AU | Канберра | Канберра | c
Sydney | AU | Сидней | Сидней | l
Melbourne | AU | Мельбурн
Wellington | NZ | Веллингтон | Веллингтон | c
Auckland | NZ | Окленд
Port Moresby | PG | Порт-Морсби | Порт-Морсби | c
Suva | FJ | Сува | Сува | c
Apia | WS | Апиа | Апиа | c
Nuku'alofa | TO | Нукуалофа | Нукуалофа | c
Port Vila | VU | Порт-Вила | Порт-Вила | c
Honiara | SB | Хониара | Хониара | c
Tarawa; South Tarawa | KI | Тарава | Тарава | c
Majuro | MH | Маджуро | Маджуро | c
Palikir | FM | Паликир | Паликир | c
Ngerulmud | PW | Нгерулмуд | Нгерулмуд | c
Funafuti | TV | Фунафути | Фунафути | c
Yaren | NR | Ярен | Ярен | c
`
