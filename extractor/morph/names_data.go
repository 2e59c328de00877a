package morph

// Given names commonly met in the press, by gender, in Russian spelling and
// (for Kazakh names) Kazakh spelling. Generic lists, not the names of any
// particular article.
const maleNames = `
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Артур Борис Вадим
Валентин Валерий Василий Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий
Георгий Герман Глеб Григорий Даниил Данила Денис Дмитрий Евгений Егор Иван Игорь Илья
Кирилл Константин Лев Леонид Максим Марк Матвей Михаил Никита Николай Олег Павел Пётр
Петр Роман Ростислав Руслан Святослав Семён Семен Сергей Станислав Степан Тимофей
Фёдор Федор Филипп Эдуард Юрий Яков Ярослав Эльдар Эрнест Эмиль Ефим Захар Лука Кузьма
Фома Савва Богдан Тарас Остап Григорий Аркадий Вениамин Геннадий Зиновий Арсен
Нурлан Ерлан Ербол Асхат Бауыржан Даурен Ержан Кайрат Марат Мурат Нурсултан Серик Талгат
Бахыт Берик Болат Дархан Дамир Данияр Арман Асет Айдос Азамат Алихан Алибек Аскар
Асылбек Бахытжан Ерболат Ерик Ермек Жанибек Канат Мухтар Нуржан Нурбек Олжас Ринат
Рустам Саят Серикжан Тимур Улан Жандос Еркин Мади Мирас Нурлыбек Санжар Темирлан Ильяс
Адиль Акжол Айбек Бекзат Габит Галым Даулет Дастан Думан Ертай Жаксылык Кенес Куаныш
Максат Мейрам Нуркен Рахат Самат Сакен Сабит Тохтар Уалихан Шынгыс Абай Алмас Амир Аман
Бакытжан Ерназар Касым Мухамеджан Нурмухамед Еркебулан Ерсултан Аслан
Адилет Бахтияр Бекболат Бердибек Досым Ермухамет Жанат Жомарт Кайсар Мейрамбек Мухит
Нуртай Рамазан Сапар Серикбол Султан Тлеуберди Умирзак Шавкат Абдулла Азиз Бахтиёр
Джамшид Жамшид Дилшод Ильхом Ислам Улугбек Фаррух Шухрат Эмомали Садыр Алмазбек
Жээнбек Курманбек Акылбек Адылбек Эркин Камчыбек Чингиз Ильхам Гейдар Эльмар
Джейхун Рамиз Мубариз Самир Эльчин Хикмет Анар Рашад Фуад Али Мехмет Реджеп Хакан Ахмет
Мевлют Мустафа Мухаммед Мохаммед Мухаммад Мохаммад Абдель Халид Хамад Тамим Салман
Фейсал Абдулазиз Ибрагим Исмаил Юсуф Омар Хасан Хусейн Махмуд Ахмед Ахмад Назир Шахбаз
Рашид Саид Карим Кемал Фарид Нариман Арарат Никол Армен Ираклий Георгий Гиорги Леван
Вахтанг Давид Зураб Ираклий Эмманюэль Эммануэль Жан Франсуа Пьер Жак Мишель Оливье
Николя Олаф Франк Вальтер Йозеф Ханс Ганс Томас Михаэль Петер Джон Джозеф Дональд
Энтони Марко Антонио Педро Карлос Мигель Хосе Луис Габриэль Ян Милош Мартин Кшиштоф
Анджей Рафаэль Николас Пол Дэвид Ричард Роберт Уильям Джеймс Чарльз Майкл Кристофер
Эндрю Стефан Стефано Себастьян Маттео Лоран Себастьян Ален Виктор Нарендра Субраманьям
Шехбаз Асиф Имран Реза Хасан Масуд Аббас Мохсен Джавад Сейед Нарендра Вэй Ван Цзиньпин
Кэцян Ицзюнь Ци Юнь Мун Юн Чжэ Синдзо Фумио Сигэру Ёсихидэ Нгуен Махатхир Анвар Джоко
Прабово Тони Бенджамин Ицхак Биньямин Александар Томислав Андрей Кирилл Алишер
Хамид Абдулла Улугбек Отабек Сардор Бобур Тимур Даврон Бахром Акмал Жасур Фарход Эркин
Бахтыбек Жээнбек Таалатбек Улукбек Кубанычбек Эмиль Нурбек Эрлан Медет Галымжан Габидулла
`

const femaleNames = `
Александра Алёна Алена Алина Алла Анастасия Ангелина Анна Антонина Валентина Валерия
Вера Вероника Виктория Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна
Зоя Инна Ирина Карина Кира Клавдия Кристина Ксения Лариса Лидия Любовь Людмила
Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Ольга Полина Раиса Светлана
София Софья Тамара Татьяна Ульяна Юлия Яна Эльвира Эльмира Лилия Майя Василиса Варвара
Зинаида Регина Милена Снежана Ярослава Олеся Таисия Валерия Вера Алиса Арина Элеонора
Асель Айгуль Айгерим Айжан Алия Аружан Асем Ботагоз Гульнара Гульмира Гульжан Динара
Дана Жулдыз Зарина Индира Камила Карлыгаш Майра Мадина Меруерт Назерке Сауле Томирис
Улжан Шолпан Салтанат Акмарал Айнур Балжан Данагуль Жанар Жансая Айдана Аида Аигуль Анар
Асима Багила Бибигуль Гаухар Дина Лаура Мариям Роза Раушан Сабина Самал Сания Толганай
Умит Фарида Айша Ажар Акерке Альфия Асия Дильназ Гульшат Жибек Зауре Кульпан Ляззат
Мадина Назгуль Перизат Сымбат Тогжан Фатима Эльнура Дильноза Саида Лейла Мехрибан Айсель
Гюльнара Наргиз Зульфия Ясмин Мариам Джамиля Камила Дилором Лола Мавлюда Нодира Гульчехра
Ангела Урсула Кайя Кая Джорджа Джорджия Анналена Хиллари Кондолиза Мадлен Маргарет Тереза
Кэтрин Кристин Изабель Эльжбета Зузана Мэри Элизабет Кейт Камала Нэнси Моника Ирена
Мирослава Анналена Сюзанна Сильви Катрин Мартина Франческа Джулия Паола Кармен Летисия
Исабель Анжелика Рашида Роксана Марьям Хадижа Айгерим Айым Әсел Айгүл Айгерім Әсем Ботагөз
Гүлнара Гүлмира Жұлдыз Қарлығаш Сәуле Ұлжан Ақмарал Гауһар Толғанай Үміт Ақерке Гүлжан
Назгүл Данагүл Бибігүл Айнұр Жансая Меруерт Ләззат Күлпан Зәуре Гүлшат Сымбат Тоғжан
`

// kazakhMaleNames are Kazakh spellings of male names.
const kazakhMaleNames = `
Нұрлан Бауыржан Дәурен Қайрат Мұрат Нұрсұлтан Серік Талғат Бақыт Берік Асқар Мұхтар Ерік
Жәнібек Қанат Нұржан Нұрбек Темірлан Әділ Ақжол Ғабит Ғалым Дәулет Жақсылық Кеңес Қуаныш
Мақсат Нұркен Сәкен Тоқтар Уәлихан Шыңғыс Әлихан Әлібек Еркін Қасым Ерсұлтан
Әділет Бақытжан Бекболат Бердібек Досым Жанат Жомарт Қайсар Мейрамбек Нұртай Сұлтан Өмірзақ
Мағжан Мұхамеджан Ерұлан Асылан Ілияс Ғалымжан Медет
`

// latinNames are given names in Latin spelling for English text.
const latinMaleNames = `
John James Michael David Robert William Richard Thomas Mark Paul Peter Anthony Antony
Andrew Charles Christopher Joseph Donald Joe George Stephen Steven Matthew Daniel Martin
Emmanuel Olaf Friedrich Frank Walter Antonio Pedro Carlos Miguel Jose Luis Gabriel Jean
Pierre Francois Jacques Michel Olivier Nicolas Marco Sergey Sergei Alexander Alexei
Vladimir Dmitry Mikhail Nikolai Ivan Igor Yuri Nursultan Askar Yerlan Erlan
Nurlan Murat Marat Kairat Timur Mukhtar Rustam Shavkat Ilham Recep Mehmet Ahmet Mohammed
Muhammad Mohammad Abdullah Khalid Hamad Tamim Salman Faisal Ibrahim Yusuf Omar Hassan
Hussein Narendra Shehbaz Abbas Wang Benjamin Isaac Nikol Irakli Levan Zurab Aleksandar
`

const latinFemaleNames = `
Mary Anna Ann Anne Olga Maria Elizabeth Kate Catherine Katherine Ursula Kaja Annalena
Angela Hillary Kamala Sarah Laura Jill Nancy Theresa Margaret Susan Helen Julia Giorgia
Christine Kristalina Isabel Isabelle Carmen Paola Francesca Monika Irena Aida Aigul Asel
Zhanna Gulnara Dinara Madina Saule Leila Mehriban Fatima Aisha Maryam Elena Yelena Natalia
Natalya Tatiana Tatyana Svetlana Irina Ekaterina Yekaterina Valentina Lyudmila Marina
`

// nameGenders maps a lower-case given name to its gender. Ambiguous
// spellings keep the gender of the longer list.
var nameGenders = func() map[string]Gender {
	m := map[string]Gender{}
	add := func(list string, g Gender) {
		for _, n := range splitFields(list) {
			m[lower(n)] = g
			m[lower(Translit(n, "ru"))] = g
		}
	}
	add(maleNames, Male)
	add(kazakhMaleNames, Male)
	add(femaleNames, Female)
	add(latinMaleNames, Male)
	add(latinFemaleNames, Female)
	// Names that are both a male name's oblique form and a female name
	// (Рашида) stay female in the table; the declension decides.
	return m
}()

// knownSurnamesOy are adjectival surnames in stressed -ой, whose oblique
// forms (-ого, -ому, -ым) would otherwise give -ий.
var knownSurnamesOy = map[string]bool{
	"толстой": true, "донской": true, "луговой": true, "полевой": true,
	"трубецкой": true, "лановой": true, "крутой": true, "боровой": true,
	"садовой": true, "шаховской": true, "волконской": true, "береговой": true,
	"сухой": true,
}
