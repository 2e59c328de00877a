package extractor_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph"
)

// TestNameSpans checks the span and country of names next to titles:
// patronymics in any case, initials, long Latin names, title words and
// ranks that are no names.
func TestNameSpans(t *testing.T) {
	tests := []struct {
		name, text    string
		country, want string
		minister      bool
	}{
		{"ru patronymic instrumental", "Министр иностранных дел Казахстана Нурлан Ерикович Абенов провел переговоры с Министром иностранных дел Литовской Республики Томасом Викторовичем Миколайтисом.",
			"LT", "Tomas Viktorovich Mikolaitis", true},
		{"ru patronymic surname stem of an event word", "Министр иностранных дел Казахстана Ерлан Болатович Сапаров провел переговоры с министром иностранных дел Латвии Янисом Озолсом.",
			"KZ", "Yerlan Bolatovich Saparov", true},
		{"ru surname first nominative after deputy", "В переговорах с Министром иностранных дел Казахстана Нурланом Абеновым принял участие заместитель министра торговли Литвы Петрайтене Ольга Сергеевна.",
			"LT", "Petraitene Olga Sergeyevna", true},
		{"en four-word name", "Kazakh Minister of Trade Daniyar Seitov held talks with Egyptian Minister of Planning and Economic Development Hosni Amir Abdel Rahman in Astana.",
			"EG", "Hosni Amir Abdel Rahman", true},
		{"en construction in a chained portfolio", "Peruvian Foreign Minister Jorge Salas met in Lima the Minister of Energy and Construction of Mongolia Bat-Erdene Ganbold.",
			"MN", "Bat-Erdene Ganbold", true},
		{"en emigration in a chained portfolio", "Mongolian Foreign Minister Bat-Erdene Ganbold held talks in Ulaanbaatar with the Minister of Emigration and Foreign Affairs of Lebanon Karim Haddadin.",
			"LB", "Karim Haddadin", true},
		{"en a co-host is of his own side", "Peruvian Foreign Minister Jorge Salas will visit Astana on 3 May. On 4 May, together with Minister of Energy and Construction Ayan Ermekov, he will open the Peruvian-Kazakh Mining Forum.",
			"KZ", "Ayan Ermekov", true},
		{"en cabinet secretary of a department", "Kazakh Energy Minister Arman Zhakupov met in Jakarta with Secretary of Energy of Indonesia Budi Santoso Wibowo to discuss uranium supplies.",
			"ID", "Budi Santoso Wibowo", true},
		{"en undersecretary for a field of a department", "Kazakh Deputy Foreign Minister Daniyar Seitov held talks in Hanoi with Undersecretary for Consular Affairs of Vietnam's Department of Foreign Affairs Tran Van Minh.",
			"VN", "Tran Van Minh", true},
		{"kk minister of state", "ҚР Сауда вице-министрі Айбек Сұлтанов 3 маусымда Дохада Катардың Сыртқы сауда жөніндегі мемлекеттік министрі Халид Әл-Мансуримен кездесті.",
			"QA", "Khalid Al-Mansuri", true},
		{"en who heads a ministry", "Kazakh Energy Minister Arman Zhakupov held talks in Santiago with Rosa Quispe Mamani, who heads Chile's Ministry of Energy and Mines.",
			"CL", "Rosa Quispe Mamani", true},
		{"en who leads a ministry of a country", "Kazakh Energy Minister Arman Zhakupov held talks in Santiago with Rosa Quispe Mamani, who leads the Ministry of Energy and Mines of Chile.",
			"CL", "Rosa Quispe Mamani", true},
		{"en ministry of country", "Kazakh Minister of Trade Daniyar Seitov met the Minister of Transport and Logistics of Morocco Rui Alberto Costa Matos.",
			"MA", "Rui Alberto Costa Matos", true},
		{"en long portfolio adjective country", "Kazakh Minister of Trade Daniyar Seitov met Spanish Minister of Transport and Sustainable Mobility Inés Lorca Prado.",
			"ES", "Ines Lorca Prado", true},
		{"en list portfolio of country", "Kazakhstan's Minister of Culture Aigerim Dosova met with the Minister of Tourism, Arts and Culture of Malaysia Datuk Hafiz Rahman in Kuala Lumpur.",
			"MY", "Hafiz Rahman", true},
		{"en minister of state", "Kazakh Minister of Trade Daniyar Seitov met the UAE Minister of State for Foreign Trade Salim bin Rashid Al Mansouri.",
			"AE", "Salim bin Rashid Al Mansouri", true},
		{"en cabinet secretary and FM of", "Kenyan Cabinet Secretary for Foreign Affairs Joseph Kamau Njoroge held a phone call with FM Daniyar Seitov of Kazakhstan.",
			"KZ", "Daniyar Seitov", true},
		{"en ambassador extraordinary", "The Minister of Culture of Kazakhstan Aigerim Dosova received the Ambassador Extraordinary and Plenipotentiary of Chile to Kazakhstan Pablo Ruiz Herrera.",
			"CL", "Pablo Ruiz Herrera", false},
		{"en president of an institution", "Kazakh Minister of Culture Aigerim Dosova met the President of France's National Centre for Cinema Claire Moreau in Paris.",
			"FR", "Claire Moreau", false},
		{"en H.E. name then title, a city as surname", "The Deputy Minister of Foreign Affairs of Kazakhstan Roman Sadykov held talks via video link with the Secretary of State for Foreign Affairs of Brazil Maria Luiza Prado. H.E. Tiago Ferreira Lima, Ambassador of Brazil to Kazakhstan, also took part in the talks.",
			"BR", "Tiago Ferreira Lima", false},
		{"en secretary of state", "The Deputy Minister of Foreign Affairs of Kazakhstan Roman Sadykov held talks via video link with the Secretary of State for Foreign Affairs of Brazil Maria Luiza Prado.",
			"BR", "Maria Luiza Prado", true},
		{"en top diplomat", "Kazakh Minister of Trade Daniyar Seitov met Hosni Amir, Egypt's top diplomat, in Cairo.",
			"EG", "Hosni Amir", true},
		{"ru three-word foreign name", "Президент Казахстана принял Чрезвычайного и Полномочного Посла Федеративной Республики Бразилия в Казахстане Жоао Перейру Алвеса.",
			"BR", "Zhoao Pereyru Alves", false},
		{"ru side named", "Министр иностранных дел Казахстана Нурлан Абенов и министр энергетики Алмас Сатбеков провели встречу с министром иностранных дел Омана Салимом Аль-Харуси в Маскате. Со стороны Омана во встрече участвовал министр энергетики Халид Аль-Саиди.",
			"OM", "Khalid Al-Saidi", true},
		{"ru rank before name", "Министр обороны Казахстана Нурлан Абенов провел переговоры с министром обороны Республики Беларусь генерал-лейтенантом Виктором Грушевичем.",
			"BY", "Viktor Grushevich", true},
		{"en foreign secretary", "Foreign Secretary Emma Hale held talks with Kazakh Foreign Minister Daniyar Seitov in London.",
			"GB", "Emma Hale", true},
		{"en foreign secretary where Britain is not named", "Lima — Foreign Secretary Rosa Quispe and Kazakhstan's Foreign Minister Daniyar Seitov co-chaired the first Peru-Kazakhstan Joint Commission yesterday.",
			"PE", "Rosa Quispe", true},
		{"en another government's foreign secretary", "Indian Foreign Secretary Anil Kapoor held consultations with Kazakh Deputy Foreign Minister Roman Sadykov in Astana.",
			"IN", "Anil Kapoor", false},
		{"en secretary of state", "Kazakh Foreign Minister Daniyar Seitov held a phone call with Secretary of State Mark Dalton.",
			"US", "Mark Dalton", true},
		{"en external affairs minister", "External Affairs Minister Ravi Iyengar held talks with Kazakh Foreign Minister Daniyar Seitov.",
			"IN", "Ravi Iyengar", true},
		{"en federal foreign minister", "Federal Foreign Minister Klara Brandt held talks with Kazakh Foreign Minister Daniyar Seitov.",
			"DE", "Klara Brandt", true},
		{"en state councilor and foreign minister", "Kazakh Foreign Minister Daniyar Seitov met in Astana State Councilor and Foreign Minister Zhao Lei.",
			"CN", "Zhao Lei", true},
		{"en state councilor", "Kazakh Foreign Minister Daniyar Seitov met State Councilor Li Wen in Astana.",
			"CN", "Li Wen", false},
		{"en chief cabinet secretary", "Kazakh Foreign Minister Daniyar Seitov met Chief Cabinet Secretary Kenta Ono in Tokyo.",
			"JP", "Kenta Ono", false},
		{"ru secretary of state", "Госсекретарь США Марк Далтон провел переговоры с министром иностранных дел Казахстана Нурланом Абеновым.",
			"US", "Mark Dalton", true},
		{"kk secretary of state", "ҚР СІМ басшысы Нұрлан Әбенов Вашингтонда АҚШ Мемлекеттік хатшысы Марк Далтонмен келіссөздер жүргізді.",
			"US", "Mark Dalton", true},
		{"en appositive list chained titles", "Among the participants of the ministerial meeting were H.E. Mr. Timur Khakimov, Minister of Foreign Affairs of the Republic of Tajikistan; H.E. Mr. Bakyt Sadykov, Deputy Prime Minister and Minister of Foreign Affairs of the Kyrgyz Republic; and H.E. Mrs. Nodira Ergasheva, First Deputy Minister of Foreign Affairs of the Republic of Uzbekistan.",
			"KG", "Bakyt Sadykov", true},
		{"en appositive list first deputy", "Among the participants of the ministerial meeting were H.E. Mr. Timur Khakimov, Minister of Foreign Affairs of the Republic of Tajikistan; and H.E. Mrs. Nodira Ergasheva, First Deputy Minister of Foreign Affairs of the Republic of Uzbekistan.",
			"UZ", "Nodira Ergasheva", true},
		{"en possessive unknown field", "Mongolia's Minister of Environment and Green Growth Gantulga Bold held talks with Kazakhstan's Deputy Prime Minister and Foreign Minister Nurlan Abenov in Ulaanbaatar.",
			"MN", "Gantulga Bold", true},
		{"ru head of a state company", "Министр энергетики Казахстана Ерлан Бекенов провел в Ташкенте переговоры с председателем правления АО «Узнефтегаз» Бахромом Юлчиевым.",
			"UZ", "Bakhrom Yulchiev", false},
		{"ru deputy chairman of the cabinet and minister", "Министр энергетики Казахстана Ерлан Бекенов встретился с заместителем Председателя Кабинета Министров – министром иностранных дел Туркменистана Мурадом Овезовым.",
			"TM", "Murad Ovezov", true},
		{"kk sheikh with an assimilated article", "ҚР СІМ басшысы Нұрлан Әбенов Бахрейн Корольдігінің Сыртқы істер министрі шейх Фейсал Мансур әс-Сабирмен кездесті.",
			"BH", "Feysal Mansur as-Sabir", true},
		{"en ambassador to the Kingdom", "The Saudi Minister of Tourism Fahd Al-Harbi met the Tajik Minister of Culture Daler Mirzoev in Riyadh. Also present was the Tajik Ambassador to the Kingdom, Sino Kurbonov.",
			"TJ", "Sino Kurbonov", false},
		{"ru republic of before the genitive", "Вчера в Минске министр иностранных дел Беларуси Олег Смирнов провел переговоры с министром иностранных дел Республики Индонезии Бамбангом Сутрисно.",
			"ID", "Bambang Sutrisno", true},
		{"en permanent representative to an organisation", "Deputy Foreign Minister of Kazakhstan Roman Sadykov met with OSCE Secretary General Maria Kovac in Vienna. The meeting was also attended by Kazakhstan's Permanent Representative to the OSCE Daniyar Temirov.",
			"KZ", "Daniyar Temirov", false},
		{"en senator before a name", "Kazakh Foreign Minister Daniyar Seitov held talks in Manila with his Philippine counterpart, Foreign Minister Senator Ramon Villareal Cruz.",
			"PH", "Ramon Villareal Cruz", true},
		{"en honourable before a name", "The Minister of Trade of Kazakhstan Arman Shakirov met the Honourable Fiona MacRae, Minister of International Trade of Canada, in Ottawa.",
			"CA", "Fiona MacRae", true},
		{"en engineer before a name", "Kazakh Energy Minister Yerlan Bekenov met the Minister of Energy of Jordan, Eng. Khaled Al-Masri, in Amman.",
			"JO", "Khaled Al-Masri", true},
		{"en two-letter initial", "Kazakh Foreign Minister Nurlan Abenov received Mongolia's Education Minister Sh. Oyunbileg in Astana.",
			"MN", "Sh. Oyunbileg", true},
		{"en apostrophe in a surname", "Kazakh Foreign Minister Daniyar Seitov met Ireland's Minister for Enterprise, Liam O'Donnell, in Dublin.",
			"IE", "Liam O'Donnell", true},
		{"ru deputy with a field after the country", "10 марта в Астане прошли консультации заместителя министра иностранных дел Казахстана Романа Садыкова с заместителем министра иностранных дел Катара по экономическим вопросам Халидом аль-Тани.",
			"QA", "Khalid al-Tani", true},
		{"en unknown fields after a known one, honorific", "Jordan's Minister of Foreign Affairs, Tourism and Overseas Nationals Dr. Samir Haddad spoke with Kazakh Foreign Minister Daniyar Seitov on Monday.",
			"JO", "Samir Haddad", true},
		{"en unknown fields after a known one, with the state", "Jordan's Minister of Foreign Affairs, Tourism and Overseas Nationals Samir Haddad spoke with Kazakh Foreign Minister Daniyar Seitov on Monday.",
			"JO", "Samir Haddad", true},
		{"kk acting minister", "ҚР Денсаулық сақтау министрінің міндетін атқарушы Ербол Сейітов Норвегия елшісі Ула Хансенді қабылдады.",
			"KZ", "Erbol Seitov", true},
		{"ru unknown ministry with foreign affairs", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с министром европейской интеграции и иностранных дел Молдовы Ионом Кройтору.",
			"MD", "Ion Kroitoru", true},
		{"ru state secretary of Kazakhstan", "Государственный секретарь Казахстана Ерлан Төлегенов встретился с министром иностранных дел Латвии Янисом Озолсом.",
			"KZ", "Erlan Tolegenov", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-03-05")
			people := f.Persons
			if tt.minister {
				people = f.Ministers
			}
			for _, p := range people {
				for _, l := range append([]string{p.Latin}, p.Aliases...) {
					if p.Country == tt.country && diplograph.NameKey(l) == diplograph.NameKey(tt.want) {
						return
					}
				}
			}
			t.Errorf("no %s of %s; ministers %+v persons %+v", tt.want, tt.country, names(f.Ministers), names(f.Persons))
		})
	}
}

func names(ps []diplograph.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Latin+"/"+p.Country)
	}
	return out
}

// TestTopicMasks checks that names of ministries and institutions, and
// idioms, give no topics, and that food security is agriculture.
func TestTopicMasks(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"ru ministry name", "Министр иностранных дел Казахстана Нурлан Абенов встретился с министром иностранных дел Литвы Томасом Миколайтисом. В переговорах участвовал представитель Министерства туризма и молодежи Литвы. Стороны обсудили торговлю.",
			[]string{"trade"}, []string{"youth", "tourism"}},
		{"ru committee name", "Министр иностранных дел Казахстана Нурлан Абенов встретился с министром иностранных дел Литвы Томасом Миколайтисом. Во встрече участвовал председатель Комитета по делам молодежи Литвы. Стороны обсудили энергетику.",
			[]string{"energy"}, []string{"youth"}},
		{"ru food security", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с министром иностранных дел Литвы Томасом Миколайтисом. Стороны обсудили вопросы продовольственной безопасности.",
			[]string{"agriculture"}, []string{"security"}},
		{"kk food security and a wish", "ҚР Сыртқы істер министрі Нұрлан Әбенов Оман Сұлтандығының Сыртқы істер министрі Салим Әл-Харусимен кездесті. Тараптар азық-түлік қауіпсіздігі мәселелерін талқылады. Министр әріптесіне зор денсаулық тіледі.",
			[]string{"agriculture"}, []string{"security", "health"}},
		{"kk ministry and commission names", "ҚР Мәдениет министрі Дина Әлиева Қырғыз Республикасының Мәдениет, ақпарат, спорт және жастар саясаты министрі Айгүл Токтогуловамен кездесті. Тараптар сауда-экономикалық, ғылыми-техникалық ынтымақтастық комиссиясының отырысына дайындықты және туризмді талқылады.",
			[]string{"tourism"}, []string{"youth", "media", "science", "trade"}},
		{"en ministry name", "Kazakh Foreign Minister Nurlan Abenov met Chilean Foreign Minister Pablo Ruiz. Officials of the Ministry of Tourism and Youth of Chile also took part. The sides discussed mining.",
			nil, []string{"youth", "tourism"}},
		{"kk agency name", "ҚР Мәдениет және спорт министрі Ерлан Жұмабаев Қырғызстанның Жастар саясаты және туризм агенттігінің директоры Азамат Осмонмен кездесті. Тараптар мәдени мұраны сақтауды талқылады.",
			[]string{"heritage"}, []string{"youth", "tourism"}},
		{"ru trafficking is security, not trade", "Министр внутренних дел Казахстана Ержан Садыков провел переговоры с министром внутренних дел Таджикистана Саидом Холовым. Стороны обсудили борьбу с торговлей людьми, наркотиками и киберпреступностью. Сообщение для СМИ размещено на сайте.",
			[]string{"security"}, []string{"trade", "media"}},
		{"en fields named by their objects", "Kazakh Foreign Minister Nurlan Abenov met Tajik Foreign Minister Said Kholov in Dushanbe. They discussed direct flights, plant quarantine, cutting methane emissions, hydropower projects and pharmaceuticals.",
			[]string{"transport", "agriculture", "environment", "energy", "health"}, nil},
		{"ru fields named by their objects", "Министр сельского хозяйства Казахстана Ерлан Бекенов провел переговоры с министром сельского хозяйства Аргентины Мартином Акостой. Стороны обсудили поставки минеральных удобрений, модернизацию предприятий нефтехимии и подготовку аргентинских специалистов в казахстанских вузах.",
			[]string{"agriculture", "industry", "education", "trade"}, nil},
		{"press attributions are no media", "Министр торговли Казахстана Арман Шакиров провел в Лиме переговоры с министром торговли Перу Хорхе Саласом. «Мы удвоим поставки», – сказал журналистам Шакиров. Стороны обсудили поставки меди.",
			[]string{"trade"}, []string{"media"}},
		{"en media statement", "Media Statement: Kazakh Trade Minister Arman Shakirov met Peruvian Trade Minister Jorge Salas in Lima to discuss copper exports. For information media only.",
			[]string{"trade"}, []string{"media"}},
		{"ru disciplines taught are no fields", "Министр образования Казахстана Гани Оспанов провел переговоры с министром образования Кении Питером Очиенгом. Стороны договорились открыть совместные магистерские программы в области геологии, энергетики и медицины, а также обсудили обмен студентами.",
			[]string{"education"}, []string{"energy", "health", "industry"}},
		{"ru fields of specialities", "Министр образования Казахстана Гани Оспанов провел переговоры с министром образования Кении Питером Очиенгом. Казахстанские вузы готовы принять кенийских студентов по нефтяным и медицинским специальностям.",
			[]string{"education"}, []string{"energy", "health"}},
		{"digital media and guide interpreters", "ҚР Туризм министрі Ерлан Сәрсенов Перу елшісі Карлос Мендесті қабылдады. Тараптар цифрлық медиа арқылы туристік әлеуетті насихаттауды және гид-аудармашыларды оқытуды талқылады.",
			[]string{"media", "tourism"}, []string{"digital", "literature"}},
		{"en the name of an organisation", "Kazakh Culture Minister Aida Nurova met Georgian Culture Minister Nino Beridze in Tbilisi. They discussed museums and the projects of the Asian Educational, Scientific and Health Organization.",
			[]string{"museums"}, []string{"education", "science", "health"}},
		{"en documentaries and monuments", "Kazakh Culture Minister Aida Nurova met Georgian Culture Minister Nino Beridze in Tbilisi. They discussed joint documentaries about the Great Steppe and the restoration of medieval monuments.",
			[]string{"cinema", "heritage"}, nil},
		{"ru tours of a past period", "Министр культуры Казахстана Аида Нурова провела переговоры с министром культуры Грузии Нино Беридзе. Министр напомнила, что за последние три года в Тбилиси побывали на гастролях пять казахстанских театров. Стороны обсудили сохранение наследия.",
			[]string{"heritage"}, []string{"theatre"}},
		{"ru held days programme", "12 мая в Астане открылись Дни культуры Таджикистана в Казахстане. Министр культуры Казахстана Аида Нурова и министр культуры Таджикистана Саид Холов открыли Дни. Дни культуры открылись торжественным концертом ансамбля народной музыки. В программе Дней – выставка живописи и показ анимационных фильмов.",
			[]string{"music", "fine_arts", "animation"}, nil},
		{"ru tourist routes and a youth orchestra", "Министр культуры Казахстана Аида Нурова встретилась с министром культуры Армении Анной Петросян. Стороны обсудили новые туристические маршруты и гастроли молодежного оркестра.",
			[]string{"tourism", "music"}, []string{"transport", "youth"}},
		{"ru scholarships for young people are education", "Министр образования Казахстана Гани Оспанов провел переговоры с министром образования Кении Питером Очиенгом. Кенийская сторона предложила увеличить число стипендий для талантливой молодежи из Найроби.",
			[]string{"education"}, []string{"youth"}},
		{"en scholarships to young people are education", "Kazakh Education Minister Gani Ospanov met Kenyan Education Minister Peter Ochieng in Nairobi. Kenya will fund two hundred scholarships for gifted young people from the steppe regions.",
			[]string{"education"}, []string{"youth"}},
		{"en medical schools and training camps", "Kazakh Education Minister Gani Ospanov met Kenyan Education Minister Peter Ochieng in Nairobi. Kenyan students enrol in Kazakh medical schools, and Kenya offered training camps for Kazakh athletes and small and medium-sized enterprises.",
			[]string{"education", "trade"}, []string{"health", "industry"}},
		{"ru freight and border crossings", "Министр транспорта Казахстана Марат Каримов провел переговоры с министром транспорта Грузии Леваном Давиташвили. Стороны обсудили работу пограничных переходов и рост перевозки зерна через порт Поти.",
			[]string{"transport"}, []string{"security", "agriculture"}},
		{"ru eco-tours are tourism", "Министр туризма Казахстана Ерлан Сарсенов встретился с министром туризма Перу Хорхе Саласом. Стороны обсудили развитие туризма и продвижение экологических и горных туров по Казахстану.",
			[]string{"tourism"}, []string{"environment"}},
		{"ru soloists of a theatre", "Министр культуры Казахстана Аида Нурова встретилась с министром культуры Армении Анной Петросян. Стороны обсудили гастроли оркестров, после чего для гостей спели солисты театра оперы из Алматы.",
			[]string{"music"}, []string{"theatre"}},
		{"en roads of a heritage nomination", "Kazakh Culture Minister Aida Nurova met Georgian Culture Minister Nino Beridze in Tbilisi. They agreed to prepare a joint nomination of the ancient caravan roads of the Caucasus for the heritage list.",
			[]string{"heritage"}, []string{"transport"}},
		{"en wind farms and an energy corridor", "Kazakh Energy Minister Almas Serikov met Hungarian Energy Minister Peter Kovacs in Budapest. They discussed new wind farms on the steppe and a green energy corridor to Europe.",
			[]string{"energy"}, []string{"agriculture", "transport"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-03-05")
			for _, w := range tt.want {
				if !slices.Contains(f.Topics, w) {
					t.Errorf("topics %v lack %s", f.Topics, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(f.Topics, w) {
					t.Errorf("topics %v hold %s", f.Topics, w)
				}
			}
		})
	}
}

// TestEventClasses checks the type, status, parties and place of events
// of general kinds: multilateral formats, film weeks, planned sessions
// named in a call, video calls.
func TestEventClasses(t *testing.T) {
	tests := []struct {
		name, text, pub string
		typ, status     string
		countries       []string
		city, date      string
	}{
		{"c5 format", "The foreign ministers of the five Central Asian states and Chile met in Santiago on Monday, October 19, 2026, for the Central Asia + Chile ministerial meeting.",
			"2026-10-20", "MEETING", "HELD", []string{"KZ", "KG", "TJ", "TM", "UZ", "CL"}, "Santiago", "2026-10-19"},
		{"member states of an organisation", "Министры иностранных дел государств-членов ОДКБ провели заседание в Ереване. Министр иностранных дел Казахстана Нурлан Абенов выступил на заседании.",
			"2026-06-10", "MEETING", "HELD", []string{"AM", "BY", "KZ", "KG", "RU", "TJ"}, "Yerevan", ""},
		{"film week", "В Ташкенте открылась Неделя казахстанского кино, организованная Министерством культуры Казахстана совместно с Министерством культуры Узбекистана.",
			"2026-11-02", "CULTURAL_EVENT", "HELD", []string{"KZ", "UZ"}, "Tashkent", "2026-11-02"},
		{"planned joint board in a call", "1 декабря министр иностранных дел Казахстана Нурлан Абенов провел телефонный разговор с министром иностранных дел Беларуси Павлом Кравченко. Стороны договорились, что очередное заседание совместной коллегии министерств иностранных дел состоится в Минске 1–2 октября 2027 года.",
			"2026-12-01", "COMMISSION_SESSION", "PLANNED", []string{"KZ", "BY"}, "Minsk", "2027-10-01"},
		{"states listed after a format's members", "12 марта в Бишкеке состоялось очередное заседание Совета министров юстиции государств – участников СНГ. В его работе участвовали министры юстиции Беларуси, Казахстана, Кыргызстана, России и Туркменистана. Следующее заседание пройдет в октябре в Минске.",
			"2026-03-13", "MEETING", "HELD", []string{"BY", "KZ", "KG", "RU", "TM"}, "Bishkek", "2026-03-12"},
		{"next meeting of a format's body", "12 марта в Бишкеке состоялось очередное заседание Совета министров юстиции государств – участников СНГ. В его работе участвовали министры юстиции Беларуси, Казахстана, Кыргызстана, России и Туркменистана. Следующее заседание пройдет в октябре в Минске.",
			"2026-03-13", "MEETING", "PLANNED", []string{"BY", "KZ", "KG", "RU", "TM"}, "Minsk", "2026-10"},
		{"a member not taking part", "Вчера в Астане состоялось заседание Совета министров транспорта государств – членов ЕАЭС. Армянская сторона участия в этом заседании не принимала. Министры обсудили тарифы на перевозку грузов.",
			"2026-04-10", "MEETING", "HELD", []string{"BY", "KZ", "KG", "RU"}, "Astana", "2026-04-09"},
		{"kk joint working group next month", "ҚР Энергетика министрі Ерлан Бекенов Норвегия елшісі Ула Хансенді қабылдады. Тараптар энергетика жөніндегі бірлескен жұмыс тобының отырысын келесі айда Ослода өткізуге келісті.",
			"2026-03-05", "COMMISSION_SESSION", "PLANNED", []string{"KZ", "NO"}, "Oslo", "2026-04"},
		{"en joint working group", "Kazakh Energy Minister Yerlan Bekenov met the Ambassador of Norway Ola Hansen in Astana. They agreed to convene the joint working group on energy in Oslo in May.",
			"2026-03-05", "COMMISSION_SESSION", "PLANNED", []string{"KZ", "NO"}, "Oslo", "2026-05"},
		{"kk video meeting", "ҚР Сыртқы істер министрі Нұрлан Әбенов Оман Сұлтандығының Сыртқы істер министрі Салим Әл-Харусимен бейнебайланыс арқылы кездесті.",
			"2026-02-11", "MEETING", "HELD", []string{"KZ", "OM"}, "", "2026-02-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, tt.pub)
			for _, e := range f.Events {
				if e.Type == tt.typ && e.Status == tt.status && sameCountries(e.Countries, tt.countries) {
					if tt.city != "" && e.City != tt.city {
						t.Errorf("city %q, want %q", e.City, tt.city)
					}
					if tt.date != "" && e.Date != tt.date {
						t.Errorf("date %q, want %q", e.Date, tt.date)
					}
					return
				}
			}
			var got []string
			for _, e := range f.Events {
				got = append(got, e.Type+"/"+e.Status+"/"+strings.Join(e.Countries, ",")+"/"+e.City)
			}
			t.Errorf("no %s/%s of %v in %v", tt.typ, tt.status, tt.countries, got)
		})
	}
	// The call that announced the board is not placed in Minsk.
	f := extract(t, tests[3].text, tests[3].pub)
	if e, ok := findEvent(f, "PHONE_CALL"); !ok || e.City != "" {
		t.Errorf("phone call %+v, want one without a city", e)
	}
}

// TestAgreementClasses checks paraphrased signing verbs, lists of
// documents, joint communiqués and treaties merely named.
func TestAgreementClasses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // kind/status, one per document
	}{
		{"en put their signatures", "Kazakh Trade Minister Arman Shakirov held talks with Peruvian Trade Minister Jorge Salas in Lima. Afterwards both guests put their signatures to a memorandum on copper supplies.",
			[]string{"MEMORANDUM/SIGNED"}},
		{"ru sealed list", "По итогам переговоров министра торговли Казахстана Нурлана Абенова и министра торговли Перу Хорхе Вальдеса стороны скрепили подписями меморандум о сотрудничестве в сфере электронной торговли, соглашение о взаимной защите инвестиций и дорожную карту по развитию транспорта.",
			[]string{"MEMORANDUM/SIGNED", "AGREEMENT/SIGNED", "ROADMAP/SIGNED"}},
		{"en inked two memoranda and a communique", "Following talks between Kazakh Foreign Minister Nurlan Abenov and Chilean Foreign Minister Pablo Ruiz, the sides inked a memorandum of understanding on mining, a memorandum on tourism cooperation and an agreement on visa exemption. The ministers also adopted a joint communiqué.",
			[]string{"MEMORANDUM/SIGNED", "MEMORANDUM/SIGNED", "AGREEMENT/SIGNED", "OTHER/SIGNED"}},
		{"en number of memoranda", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. The ministers signed three memoranda of understanding on energy, tourism and education.",
			[]string{"MEMORANDUM/SIGNED", "MEMORANDUM/SIGNED", "MEMORANDUM/SIGNED"}},
		{"ru plan implementing an agreement", "Министр культуры Казахстана Аида Нурова провела переговоры с министром культуры Монголии Батом Ганболдом. По итогам переговоров подписан План мероприятий по реализации Соглашения о культурном сотрудничестве на 2027–2028 годы.",
			[]string{"PLAN/SIGNED"}},
		{"kk plan of events implementing an agreement", "ҚР Мәдениет министрі Аида Нұрова Моңғолия Мәдениет министрі Бат Ганболдпен кездесті. Кездесу қорытындысы бойынша министрлер мәдениет саласындағы келісімді іске асыру жөнінде екі жылдық іс-шаралар жоспарына қол қойды.",
			[]string{"PLAN/SIGNED"}},
		{"ru coordination of a draft under way", "Министр энергетики Казахстана Арман Жакупов провел переговоры с министром энергетики Чили Розой Киспе. Чилийская сторона надеется к весне завершить согласование проекта соглашения о поставках урана.",
			[]string{"AGREEMENT/DISCUSSED"}},
		{"ru draft agreed", "Министр энергетики Казахстана Арман Жакупов провел переговоры с министром энергетики Чили Розой Киспе. Стороны согласовали проект соглашения о поставках урана.",
			[]string{"AGREEMENT/DRAFT"}},
		{"en agreed to develop a document", "Kazakh Trade Minister Arman Shakirov held talks with Peruvian Trade Minister Jorge Salas in Lima. The ministers agreed to develop an action plan on copper processing.",
			[]string{"PLAN/PLANNED"}},
		{"ru agreed to prepare a document", "Министр торговли Казахстана Арман Шакиров провел переговоры с министром торговли Перу Хорхе Саласом в Лиме. Стороны договорились подготовить дорожную карту по переработке меди.",
			[]string{"ROADMAP/PLANNED"}},
		{"en treaty named under", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. They reviewed trade under the Economic Partnership Agreement.",
			nil},
		{"kk signed", "ҚР Ауыл шаруашылығы министрі Ерлан Жұмабаев Моңғолияның Азық-түлік министрі Батбаяр Ганбатпен кездесті. Кездесу қорытындысы бойынша тараптар ветеринария саласындағы ынтымақтастық туралы меморандумға қол қойысты.",
			[]string{"MEMORANDUM/SIGNED"}},
		{"en programme listed with other documents", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. Following the talks, the ministers signed a memorandum on cooperation in education, an agreement on the mutual protection of investments and a programme of cultural exchanges for 2026-2028.",
			[]string{"MEMORANDUM/SIGNED", "AGREEMENT/SIGNED", "PROGRAM/SIGNED"}},
		{"en programmes discussed are no document", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. They discussed an agreement on scientific exchanges and internship programmes for young doctors.",
			[]string{"AGREEMENT/DISCUSSED"}},
		{"kk two memoranda in a list", "ҚР Ауыл шаруашылығы министрі Ерлан Жұмабаев Моңғолияның Азық-түлік министрі Батбаяр Ганбатпен кездесті. Кездесуде тараптар денсаулық сақтау саласындағы меморандумға, туризм туралы меморандумға қол қойды.",
			[]string{"MEMORANDUM/SIGNED", "MEMORANDUM/SIGNED"}},
		{"ru draft discussed", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с Министром иностранных дел Чили Пабло Руисом. Кроме того, обсуждался проект дорожной карты по торговле.",
			[]string{"ROADMAP/DISCUSSED"}},
		{"en letter of intent beside a memorandum", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. The ministers signed a memorandum on consular cooperation and a letter of intent on heritage protection.",
			[]string{"MEMORANDUM/SIGNED", "OTHER/SIGNED"}},
		{"en exchange of notes", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. The ministers exchanged notes on visa facilitation and signed an Exchange of Notes on the opening of consulates.",
			[]string{"OTHER/SIGNED"}},
		{"kk plan draft agreed", "ҚР Сыртқы істер министрі Нұрлан Әбенов Чили Сыртқы істер министрі Пабло Руиспен Сантьягода кездесті. Тараптар 2026-2027 жылдарға арналған ынтымақтастық жоспарының жобасын келісті.",
			[]string{"PLAN/DRAFT"}},
		{"ru draft text agreed", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с Министром иностранных дел Чили Пабло Руисом. Стороны согласовали текст проекта соглашения о сотрудничестве в области культуры.",
			[]string{"AGREEMENT/DRAFT"}},
		{"kk draft initialled", "ҚР Сыртқы істер министрі Нұрлан Әбенов Чили Сыртқы істер министрі Пабло Руиспен Сантьягода кездесті. Кездесу соңында консулдық мәселелер туралы келісімнің жобасы парафталды.",
			[]string{"AGREEMENT/DRAFT"}},
		{"en agreed minutes", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. The co-chairs then signed the Agreed Minutes of this session.",
			[]string{"PROTOCOL/SIGNED"}},
		{"en protocol amending an agreement", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. The ministers signed a memorandum on tourism. They also initialled a new protocol amending an Agreement on air services.",
			[]string{"MEMORANDUM/SIGNED", "PROTOCOL/DRAFT"}},
		{"ru protocol amending an agreement", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с Министром иностранных дел Чили Пабло Руисом. Стороны скрепили подписями протокол о внесении поправок в соглашение о безвизовых поездках.",
			[]string{"PROTOCOL/SIGNED"}},
		{"en signing witnessed", "Kazakh Foreign Minister Nurlan Abenov held talks with Chilean Foreign Minister Pablo Ruiz in Santiago. Both ministers then witnessed the signing of the library memorandum prepared by two national libraries.",
			[]string{"MEMORANDUM/SIGNED"}},
		{"ru progress of agreeing a draft discussed", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с Министром иностранных дел Чили Пабло Руисом. Министры обсудили ход согласования проекта соглашения о культурном обмене.",
			[]string{"AGREEMENT/DISCUSSED"}},
		{"kk negotiations on a draft", "ҚР Сыртқы істер министрі Нұрлан Әбенов Чили Сыртқы істер министрі Пабло Руиспен Сантьягода кездесті. Тараптар мәдени алмасу туралы келісім жобасы бойынша келіссөздерді жалғастыруға уағдаласты.",
			[]string{"AGREEMENT/DISCUSSED"}},
		{"ru plan approved", "Министр иностранных дел Казахстана Нурлан Абенов провел переговоры с Министром иностранных дел Чили Пабло Руисом. Министры утвердили план совместных действий на два года.",
			[]string{"PLAN/SIGNED"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extract(t, tt.text, "2026-05-20")
			var got []string
			for _, a := range f.Agreements {
				got = append(got, a.Kind+"/"+a.Status)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("agreements %v, want %v", got, tt.want)
			}
			if len(tt.want) > 0 {
				if _, ok := findEvent(f, "MEETING"); !ok {
					t.Errorf("no meeting in %+v", f.Events)
				}
			}
		})
	}
}

// TestDatelines checks that a news agency's dateline dates the article
// (and so an undated primary event) and places nothing.
func TestDatelines(t *testing.T) {
	text := "Chilean minister visits Kazakhstan\n\nSANTIAGO, 14 May 2026 – The Minister of Foreign Affairs of Kazakhstan Nurlan Abenov held talks with the Minister of Foreign Affairs of Chile Pablo Ruiz.\n\nThe ministers discussed trade and mining."
	f := extract(t, text, "")
	if f.Published != "2026-05-14" {
		t.Errorf("published %q, want the dateline's 2026-05-14", f.Published)
	}
	e, ok := findEvent(f, "MEETING")
	if !ok || e.Date != "2026-05-14" || e.City != "" {
		t.Errorf("meeting %+v, want dated 2026-05-14 with no city", e)
	}
}

// TestPluralTitles checks one minister per country after a plural title.
func TestPluralTitles(t *testing.T) {
	for _, text := range []string{
		"Министры иностранных дел Казахстана и Кыргызстана Нурлан Абенов и Жаныбек Осмонов провели переговоры в Бишкеке.",
		"The foreign ministers of Kazakhstan and Kyrgyzstan, Nurlan Abenov and Zhanybek Osmonov, held talks in Bishkek on Thursday.",
		"Қазақстан мен Қырғызстан сыртқы істер министрлері Нұрлан Әбенов пен Жаныбек Осмонов Бішкекте келіссөз жүргізді.",
	} {
		f := extract(t, text, "2026-10-08")
		kz, ok1 := findMinister(f, "KZ")
		kg, ok2 := findMinister(f, "KG")
		if !ok1 || !ok2 || diplograph.NameKey(kz.Latin) != diplograph.NameKey("Nurlan Abenov") || diplograph.NameKey(kg.Latin) != diplograph.NameKey("Zhanybek Osmonov") {
			t.Errorf("%s: ministers %v", text, names(f.Ministers))
		}
	}
}

// TestFrameDocuments checks that a treaty named as the frame of
// cooperation is no agreement fact while a document signed beside it is.
func TestFrameDocuments(t *testing.T) {
	for _, text := range []string{
		"Министр торговли Казахстана Арман Шакиров провел встречу с министром экономики Армении Гагиком Саргсяном. Стороны обсудили сотрудничество в рамках Соглашения о свободной торговле и подписали меморандум о сотрудничестве в сфере туризма.",
		"Kazakh Trade Minister Arman Shakirov met Armenian Economy Minister Gagik Sargsyan. They discussed trade within the framework of the Agreement on free trade and signed a memorandum on tourism.",
		"ҚР Сауда министрі Арман Шәкіров Армения Экономика министрі Гагик Саргсянмен кездесті. Тараптар еркін сауда туралы келісім аясындағы ынтымақтастықты талқылап, туризм саласындағы меморандумға қол қойды.",
	} {
		f := extract(t, text, "2026-10-10")
		var got []string
		for _, a := range f.Agreements {
			got = append(got, a.Kind+"/"+a.Status)
		}
		if !slices.Equal(got, []string{"MEMORANDUM/SIGNED"}) {
			t.Errorf("%s: agreements %v", text, got)
		}
	}
}

// TestDocumentWork checks that talks which are work on a document
// (started, continued, hurried) and the year such work began give no
// events of their own.
func TestDocumentWork(t *testing.T) {
	for _, text := range []string{
		"ҚР Сауда министрі Асан Бекұлы кеше Чили Экономика министрі Пабло Руиспен телефон арқылы сөйлесті. Тараптар еркін сауда туралы келісім жобасы бойынша келіссөздерді жалғастыруға уағдаласты.",
		"Kazakh Trade Minister Arman Shakirov spoke by phone with Chilean Economy Minister Pablo Ruiz on Monday. They agreed to relaunch consultations on a youth mobility arrangement.",
		"Kazakh Trade Minister Arman Shakirov spoke by phone with Chilean Economy Minister Pablo Ruiz on Monday. During the call the two sides approved a protocol on fruit exports, concluding negotiations that began in 2021.",
	} {
		f := extract(t, text, "2026-04-14")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status+"/"+e.Date)
		}
		if !slices.Equal(got, []string{"PHONE_CALL/HELD/2026-04-13"}) {
			t.Errorf("%s: events %v", text, got)
		}
	}
}

// TestInvitationAccepted checks that an invitation to visit, accepted in
// the next sentence, is a planned visit of the guest.
func TestInvitationAccepted(t *testing.T) {
	for _, text := range []string{
		"14 апреля в Минске прошли переговоры министра юстиции Беларуси Олега Грицука с министром юстиции Монголии Б. Батом. Б. Бат пригласил белорусского министра посетить Улан-Батор весной 2027 года. Приглашение было принято.",
		"14 апреля глава МИД Азербайджана Ильхам Мамедов провел телефонный разговор с главой МИД Сербии Марко Петровичем. И.Мамедов пригласил своего сербского коллегу посетить Баку с визитом. М.Петрович с благодарностью принял приглашение.",
		"Әзербайжан Сыртқы істер министрі Ильхам Мамедов Сербия Сыртқы істер министрі Марко Петровичпен телефон арқылы сөйлесті. И.Мамедов сербиялық әріптесін Бакуге ресми сапармен келуге шақырды. Серб министрі шақыруды қуана қабыл алды.",
	} {
		f := extract(t, text, "2026-04-15")
		e, ok := findEvent(f, "VISIT")
		if !ok || e.Status != "PLANNED" {
			t.Errorf("%s: no planned visit in %+v", text, f.Events)
		}
	}
}

// TestInvitationToForum checks that an invitation to a forum, not
// accepted, makes no planned forum.
func TestInvitationToForum(t *testing.T) {
	for _, text := range []string{
		"3 марта в Ханое министр информации Кыргызстана Азамат Токтогулов встретился с министром информации Вьетнама Нгуеном Ван Хунгом. А.Токтогулов пригласил вьетнамского коллегу на Бишкекский медиафорум, который пройдет в сентябре.",
		"Kyrgyz Information Minister Azamat Toktogulov met Vietnamese Information Minister Nguyen Van Hung in Hanoi on 3 March. Toktogulov invited his host to the Bishkek Media Forum to be held in September.",
	} {
		f := extract(t, text, "2026-03-04")
		if e, ok := findEvent(f, "FORUM"); ok {
			t.Errorf("%s: a forum from an invitation: %+v", text, e)
		}
		if _, ok := findEvent(f, "MEETING"); !ok {
			t.Errorf("%s: no meeting in %+v", text, f.Events)
		}
	}
}

// TestSameDayReception checks that a reception "on the same day" by
// another official of a side is a meeting of its own on that day, that
// the ministry signing a release at its end is its home, and that a
// meeting "of the two countries" in a third state's city is of the
// article's pair.
func TestSameDayReception(t *testing.T) {
	for _, text := range []string{
		"On 3 March, in Lima, Deputy Foreign Minister Rosa Quispe and Kazakhstan's Deputy Foreign Minister Roman Sadykov held the fourth Political Consultation between the two ministries. On the same day, Foreign Minister Jorge Salas received Roman Sadykov. In May 2025 the foreign ministers of both countries met in Geneva.\n\nSource: Peru's Ministry of Foreign Affairs",
		"3 марта в Лиме прошли политические консультации заместителя министра иностранных дел Розы Кеспе и заместителя министра иностранных дел Казахстана Романа Садыкова. В тот же день Р.Садыков был принят министром иностранных дел Хорхе Саласом. В мае 2025 года в Женеве прошла встреча глав внешнеполитических ведомств двух стран.\n\nПресс-служба МИД Перу",
	} {
		f := extract(t, text, "2026-03-04")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Date+"/"+strings.Join(e.Countries, ","))
		}
		slices.Sort(got)
		want := []string{"MEETING/2025-05/KZ,PE", "MEETING/2026-03-03/KZ,PE", "MEETING/2026-03-03/KZ,PE"}
		for i := range got {
			got[i] = strings.Replace(got[i], "PE,KZ", "KZ,PE", 1)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: events %v, want %v", text, got, want)
		}
	}
}

// TestDaysHeldProgramme checks that the concerts, exhibitions and films
// told after held Days of Culture open are their programme (also when
// return Days are planned), that the guest is the state named right
// after the words, and that tours discussed are no events.
func TestDaysHeldProgramme(t *testing.T) {
	for _, text := range []string{
		"Вчера в Бишкеке на сцене оперного театра Кыргызстана гала-концертом открылись Дни культуры Монголии в Кыргызской Республике. В церемонии участвовали министр культуры Монголии Батын Нарантуяа и министр культуры Кыргызстана Алтынай Осмонова. Зрителям показали концерт горлового пения, в музее открылась выставка монгольской графики. Министры обсудили гастроли театров и обмен выставками. Ответные Дни культуры Кыргызстана в Монголии пройдут в 2027 году.",
		"Кеше Бішкекте Моңғолияның Қырғызстандағы Мәдениет күндері ашылды. Ашылу рәсіміне Моңғолияның Мәдениет министрі Батын Нарантуяа мен Қырғызстанның Мәдениет министрі Алтынай Осмонова қатысты. Сондай-ақ мұражайда моңғол графикасының көрмесі ашылды. Қырғызстанның Моңғолиядағы Мәдениет күндері 2027 жылы өтеді деп жоспарланып отыр.",
	} {
		f := extract(t, text, "2026-09-16")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status+"/"+strings.Join(e.Countries, ","))
		}
		want := []string{"CULTURE_DAYS/HELD/MN,KG", "CULTURE_DAYS/PLANNED/KG,MN"}
		if !slices.Equal(got, want) {
			t.Errorf("%s: events %v, want %v", text, got, want)
		}
	}
}

// TestSignedAtMeeting checks that a headline signature told in the body
// as done at a meeting, or at a multilateral session ('совещание'), is a
// signing event beside the meeting (the signing is the reported act,
// GOLD_FORMAT), held where and when the meeting was; a signature the
// body alone tells is no event of its own.
func TestSignedAtMeeting(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Kazakhstan and Peru sign geology memorandum\n\nKazakh Trade Minister Arman Shakirov met Peruvian Trade Minister Jorge Salas in Lima on Monday. During that meeting both ministers signed a memorandum on geological surveys.",
			[]string{"SIGNING/HELD/Lima/2026-06-08", "MEETING/HELD/Lima/2026-06-08"}},
		{"Kazakhstan and Peru sign geology memorandum\n\nKazakhstan's Vice Minister of Industry Dana Omarova and Peru's Minister of Energy and Mines Jorge Salas met in Lima on Monday. The sides discussed copper mining. Their talks culminated in the signing of a memorandum on geological surveys.",
			[]string{"SIGNING/HELD/Lima/2026-06-08", "MEETING/HELD/Lima/2026-06-08"}},
		{"Министры транспорта стран ЕАЭС подписали протокол о тарифах\n\nСовещание министров транспорта государств – членов ЕАЭС прошло в понедельник в Минске. Министры подписали протокол о единых тарифах на перевозку зерна.",
			[]string{"SIGNING/HELD/Minsk/2026-06-08", "MEETING/HELD/Minsk/2026-06-08"}},
		{"Новости\n8 июня 2026, 15:20\nКазахстан и Перу подписали меморандум по геологии\n\nМинистр торговли Казахстана Арман Шакиров в понедельник в Лиме встретился с министром торговли Перу Хорхе Саласом. По итогам встречи министры подписали меморандум о геологоразведке.",
			[]string{"SIGNING/HELD/Lima/2026-06-08", "MEETING/HELD/Lima/2026-06-08"}},
		{"Kazakh and Peruvian ministers discuss geology\n\nKazakh Trade Minister Arman Shakirov met Peruvian Trade Minister Jorge Salas in Lima on Monday. Following the talks, the ministers signed a memorandum on geological surveys.",
			[]string{"MEETING/HELD/Lima/2026-06-08"}},
	} {
		f := extract(t, tt.text, "2026-06-09")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status+"/"+e.City+"/"+e.Date)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: events %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRoutesAndCouncils checks that the states in the compound name of a
// route are no parties, and that a council of foreign ministers at whose
// margins two ministers met is a multilateral meeting, not a commission.
func TestRoutesAndCouncils(t *testing.T) {
	f := extract(t, "The Foreign Minister of Kazakhstan Nurlan Abenov met the Foreign Minister of Azerbaijan Elnur Rzayev on the margins of the OSCE Council of Foreign Ministers in Vienna on 4 December 2026. They discussed the China-Kazakhstan-Azerbaijan-Georgia-Turkey transport corridor.", "2026-12-05")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+strings.Join(e.Countries, ","))
		if e.Type == "COMMISSION_SESSION" {
			t.Errorf("a council of foreign ministers as a commission: %+v", e)
		}
	}
	for _, c := range f.Countries {
		if c == "CN" || c == "GE" || c == "TR" {
			t.Errorf("countries %v: a state of a route is a party", f.Countries)
		}
	}
	if len(got) == 0 {
		t.Errorf("no events")
	}
}

// TestKazakhCouncils checks a Kazakh ministerial council with its
// participants listed after it, the next council of the body, and a
// summit of the organisation decided there.
func TestKazakhCouncils(t *testing.T) {
	text := "Кеше Ташкент қаласында АӨСШК мүше елдері сыртқы істер министрлерінің кезекті кеңесі болды. Жиынға Өзбекстан, Қазақстан, Моңғолия, Үндістан және Вьетнам делегациялары қатысты. Министрлер ұйымның саммитін 2027 жылдың мамырында Ташкентте өткізу туралы шешім қабылдады. Келесі кеңес 2027 жылы Ханойда өтеді."
	f := extract(t, text, "2026-09-11")
	want := []string{"IN", "KZ", "MN", "UZ", "VN"}
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status)
		if !sameCountries(e.Countries, want) {
			t.Errorf("%s/%s of %v, want %v", e.Type, e.Status, e.Countries, want)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{"FORUM/PLANNED", "MEETING/HELD", "MEETING/PLANNED"}) {
		t.Errorf("events %v", got)
	}
}

// TestSwissVisit checks a Federal Councillor (a member of the Swiss
// government) travelling, named before an apposition of his office, and
// a minister met "with" him taking the host's country.
func TestSwissVisit(t *testing.T) {
	text := "Geneva, 12.05.2026 - On 10 and 11 May 2026, Federal Councillor Anna Keller, head of her Federal Department of Economic Affairs, travelled to Kyrgyzstan. In Bishkek she held talks with Foreign Minister Kanat Osmonov and with the Minister of Economy, Aibek Sadyrov."
	f := extract(t, text, "2026-05-12")
	ch, ok := findMinister(f, "CH")
	if !ok || diplograph.NameKey(ch.Latin) != diplograph.NameKey("Anna Keller") {
		t.Errorf("ministers %v, want Anna Keller of CH", names(f.Ministers))
	}
	for _, p := range f.Ministers {
		if diplograph.NameKey(p.Latin) == diplograph.NameKey("Aibek Sadyrov") && p.Country != "KG" {
			t.Errorf("%s of %s, want KG", p.Latin, p.Country)
		}
	}
	e, ok := findEvent(f, "VISIT")
	if !ok || e.Date != "2026-05-10" || !sameCountries(e.Countries, []string{"CH", "KG"}) {
		t.Errorf("visit %+v", e)
	}
}

// TestCapitalisedDemonym checks that a Russian demonym written with a
// capital inside a sentence is a name, not a country.
func TestCapitalisedDemonym(t *testing.T) {
	f := extract(t, "Министр энергетики Казахстана Ерлан Бекенов принял посла Катара в Казахстане Турки аль-Мансури.", "2026-03-05")
	if slices.Contains(f.Countries, "TR") {
		t.Errorf("countries %v: a name read as Turkey", f.Countries)
	}
	if _, ok := findEvent(f, "MEETING"); !ok {
		t.Errorf("no meeting in %+v", f.Events)
	}
}

// TestPlannedForms checks the date of a visit planned in a phrase that
// refers to it ("в ходе визита ... в октябре"), the Kazakh regular next
// session of a commission, and a visit whose visitor is named with a
// long title before the verb.
func TestPlannedForms(t *testing.T) {
	tests := []struct {
		text, pub, typ, status, date string
	}{
		{"Министр энергетики Казахстана Ерлан Бекенов провел переговоры с послом Кувейта Фаһадом аль-Аджми. Стороны условились продолжить работу в ходе визита делегации министерства во главе с Е.Бекеновым в Эль-Кувейт в ноябре текущего года.",
			"2026-05-12", "VISIT", "PLANNED", "2026-11"},
		{"Былтыр күзде Ташкентте Қазақстан-Өзбекстан үкіметаралық комиссиясының он бірінші отырысы болды. Комиссияның кезекті отырысы биылғы жылдың соңында Алматыда өтеді деп жоспарланып отыр.",
			"2026-03-12", "COMMISSION_SESSION", "PLANNED", "2026"},
		{"Yesterday, the Honourable Mark Ellis, Canada's Minister of Agriculture and Agri-Food, concluded a visit to Kazakhstan that took place from June 2 to 4, 2026.",
			"2026-06-05", "VISIT", "HELD", "2026-06-02"},
	}
	for _, tt := range tests {
		f := extract(t, tt.text, tt.pub)
		ok := false
		for _, e := range f.Events {
			if e.Type == tt.typ && e.Status == tt.status && e.Date == tt.date {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: no %s/%s on %s in %+v", tt.text, tt.typ, tt.status, tt.date, f.Events)
		}
	}
}

// TestPlannedInTheCity checks that a planned meeting told only as held
// while someone is in the city of a dated planned session takes its
// date, and that "looked forward to convening" plans.
func TestPlannedInTheCity(t *testing.T) {
	f := extract(t, "2026 жылғы 14-15 мамырда Ташкент қаласында Қазақстан мен Өзбекстан арасындағы үкіметаралық комиссияның отырысы өтеді. Қазақстан делегациясын ҚР Энергетика министрі Ерлан Бекенов басқарады. Ташкентте болған кезде Е.Бекенов Өзбекстанның Су шаруашылығы министрімен де кездесуі күтілуде.", "2026-05-04")
	for _, e := range f.Events {
		if e.Type == "MEETING" && e.Date != "2026-05-14" {
			t.Errorf("meeting %+v, want the session's date", e)
		}
	}
	f = extract(t, "Secretary of State Mark Dalton spoke today with Kazakh Foreign Minister Nurlan Abenov. Both looked forward to convening another round of the U.S.-Kazakhstan Strategic Dialogue in Astana later this year.", "2026-05-04")
	if e, ok := findEvent(f, "COMMISSION_SESSION"); !ok || e.Status != "PLANNED" {
		t.Errorf("dialogue %+v, want a planned session", e)
	}
}

// TestOwnYearAndRareMetals checks that a planned forum told within a
// sentence that refers to a meeting keeps its own year, and that
// "сирек кездесетін" (rare) is no meeting.
func TestOwnYearAndRareMetals(t *testing.T) {
	f := extract(t, "Кеше Римде ҚР Мәдениет министрі Дина Әлиева Италия Мәдениет министрі Марко Росcимен кездесті. Кездесу қорытындысы бойынша келісімге 2027 жылдың күзінде Астанада өтетін мәдениет форумы аясында қол қою туралы тараптар келісті. Министрлер сирек кездесетін қолжазбаларды сақтауды талқылады.", "2026-10-08")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status+"/"+e.Date)
	}
	if !slices.Equal(got, []string{"MEETING/HELD/2026-10-07", "FORUM/PLANNED/2027"}) {
		t.Errorf("events %v", got)
	}
}

// TestSurnamesAndJoiners checks that a surname after an initial that
// starts like an event word ("Е.Сапаров") is a name, and that an
// ambassador who "also took part" in the talks joins them.
func TestSurnamesAndJoiners(t *testing.T) {
	f := extract(t, "Сегодня министр энергетики Казахстана Ерлан Сапаров принял Посла Чили Пабло Руиса. Е.Сапаров предложил провести в ноябре в Астане энергетический форум. В переговорах также участвовал Посол Казахстана в Чили Арман Исетов.", "2026-07-08")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status)
	}
	if !slices.Equal(got, []string{"MEETING/HELD", "FORUM/PLANNED"}) {
		t.Errorf("events %v", got)
	}
}

// TestTwoMinistersAndPast checks that "the two Ministers" of talks are
// the ministers named before (so a later meeting with another minister
// is its own), that "the last meeting" of the ministers is not merged
// into an undated meeting of the visit, and that "welcomed Kazakh
// investment" receives no one.
func TestTwoMinistersAndPast(t *testing.T) {
	text := "Invited by Chile's Foreign Minister, Senator Pablo Ruiz, Kazakhstan's Foreign Minister Nurlan Abenov made an official trip to Chile from 3 to 5 May 2026. During the official talks that took place in Santiago on 4 May, the two Ministers discussed trade. Minister Ruiz welcomed Kazakh investment in copper mining. Within the framework of his visit, Minister Abenov also held a meeting with Chile's Mining Minister, Rosa Quispe. The last meeting of the foreign ministers took place in Astana in March 2025."
	f := extract(t, text, "2026-05-06")
	var got []string
	for _, e := range f.Events {
		if e.Type != "MEETING" {
			continue
		}
		ps := slices.Clone(e.Participants)
		slices.Sort(ps)
		got = append(got, e.Date[:7]+"/"+strings.Join(ps, ","))
	}
	slices.Sort(got)
	want := []string{"2025-03/", "2026-05/Nurlan Abenov,Pablo Ruiz", "2026-05/Nurlan Abenov,Rosa Quispe"}
	if !slices.Equal(got, want) {
		t.Errorf("meetings %v, want %v", got, want)
	}
}

// TestSurnameBeforeSide checks that "Minister SURNAME" of someone named
// before stays that person when the sentence names the other side's
// delegation, and that a seminar is a forum.
func TestSurnameBeforeSide(t *testing.T) {
	f := extract(t, "Kazakh Trade Minister Arman Shakirov and Chilean Economy Minister Pablo Ruiz co-chaired the session of the intergovernmental commission in Astana on 2 June 2026. Minister Ruiz briefed the Kazakh delegation on copper projects. On 3 June the delegations took part in the Kazakhstan–Chile Mining Seminar in Karaganda.", "2026-06-04")
	for _, p := range f.Ministers {
		if diplograph.NameKey(p.Latin) == diplograph.NameKey("Pablo Ruiz") && p.Country != "CL" || p.Latin == "Ruiz" {
			t.Errorf("ministers %v", names(f.Ministers))
		}
	}
	if e, ok := findEvent(f, "FORUM"); !ok || e.Date != "2026-06-03" {
		t.Errorf("seminar %+v", e)
	}
}

// TestOrganisationAndState checks a standing body of the EU and one
// state: its chair with two offices of the Union is of the EU (no home
// head), and no home state is added to it or to its next session.
func TestOrganisationAndState(t *testing.T) {
	text := "Today in Brussels the European Union and Uzbekistan convened the 19th session of the EU-Uzbekistan Cooperation Council. The meeting was chaired by Ingrid Dahl, High Representative of the Union and a Vice-President of the Commission. Uzbekistan was represented by its Foreign Minister Bakhtiyor Saidov. Both sides recalled the Astana summit of Central Asian leaders held with Kazakhstan's chairmanship. The next Cooperation Council is due in Tashkent in 2027."
	f := extract(t, text, "2026-03-24")
	// The European Union acts as a party (GOLD_FORMAT): EU.
	for _, e := range f.Events {
		if e.Type == "COMMISSION_SESSION" && !sameCountries(e.Countries, []string{"EU", "UZ"}) {
			t.Errorf("%s/%s of %v, want EU and UZ", e.Type, e.Status, e.Countries)
		}
	}
	for _, p := range append(f.Persons, f.Ministers...) {
		if diplograph.NameKey(p.Latin) == diplograph.NameKey("Ingrid Dahl") && p.Country != "EU" {
			t.Errorf("%s of %q, want an official of the EU", p.Latin, p.Country)
		}
	}
}

// TestPreviousSessionAndArticleWord checks that the previous session of a
// commission told in passing is a session held, and that a word after an
// article before a comma ("the Forum, EAM ...") is no name.
func TestPreviousSessionAndArticleWord(t *testing.T) {
	f := extract(t, "15-16 апреля в Караганде прошло десятое заседание Межправительственной комиссии между Республикой Казахстан и Республикой Таджикистан. Министры обсудили исполнение решений предыдущего заседания, состоявшегося в 2024 году в Худжанде.", "2026-04-17")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status+"/"+e.Date)
	}
	if !slices.Equal(got, []string{"COMMISSION_SESSION/HELD/2026-04-15", "COMMISSION_SESSION/HELD/2024"}) {
		t.Errorf("events %v", got)
	}
	f = extract(t, "External Affairs Minister Ravi Iyengar hosted the India-Africa Forum in New Delhi on 3 May 2026. On the sidelines of the Forum, EAM met the Foreign Minister of Kenya Grace Achieng.", "2026-05-04")
	for _, p := range f.Ministers {
		if p.Latin == "Forum" {
			t.Errorf("ministers %v", names(f.Ministers))
		}
	}
}

// TestChairJoins checks that the minister who chaired a meeting, told in
// a sentence of its own, takes part in it.
func TestChairJoins(t *testing.T) {
	f := extract(t, "Кеше Ташкент қаласында АӨСШК мүше елдері сыртқы істер министрлерінің кезекті кеңесі болды. Жиынға Өзбекстан, Қазақстан, Моңғолия, Үндістан және Вьетнам делегациялары қатысты. Кеңесті Өзбекстанның Сыртқы істер министрі Бахтиёр Саидов жүргізді.", "2026-09-11")
	uz, ok := findMinister(f, "UZ")
	if !ok || diplograph.NameKey(uz.Latin) != diplograph.NameKey("Bakhtiyor Saidov") {
		t.Errorf("ministers %v", names(f.Ministers))
	}
}

// TestCeremonySpeakers checks that the officials who spoke at the opening
// ceremony of a festival, told without an event word, are its
// participants and ministers.
func TestCeremonySpeakers(t *testing.T) {
	text := "В Оше завершился совместный кыргызско-казахский фестиваль народной песни, который проходил с 3 по 6 июня. " +
		"Во время церемонии открытия перед публикой выступили министр культуры Кыргызской Республики Алмаз Токтосунов и вице-министр культуры Республики Казахстан Дана Ержанова. " +
		"Очередной фестиваль состоится в Туркестане через год."
	f := extract(t, text, "2026-06-07")
	var names []string
	for _, m := range f.Ministers {
		names = append(names, m.Name+"/"+m.Country)
	}
	slices.Sort(names)
	if want := []string{"Алмаз Токтосунов/KG", "Дана Ержанова/KZ"}; !slices.Equal(names, want) {
		t.Errorf("ministers %v, want %v", names, want)
	}
	if len(f.Events) == 0 || len(f.Events[0].Participants) != 2 {
		t.Errorf("events %+v: the festival lacks its two speakers", f.Events)
	}
}

// TestPaternalSurname checks that an official with two surnames, named
// later by the first of them, is one person.
func TestPaternalSurname(t *testing.T) {
	text := "Peru's Minister of Energy, Lucía Mendoza Carrasco, met in Lima with the Kazakh Minister of Energy Arman Zhakupov. " +
		"\"Our grids can be linked by common standards,\" said Minister Mendoza after the talks."
	f := extract(t, text, "2026-05-06")
	if got := names(f.Ministers); len(got) != 2 {
		t.Errorf("ministers %v, want two", got)
	}
}

// TestDaysOfAdjectiveCulture checks that Days named with the guest's
// adjective inside ("Дни чилийской культуры", "Days of Chilean Culture")
// are Days of that guest, and that a national council that hosts them is
// a venue, no session.
func TestDaysOfAdjectiveCulture(t *testing.T) {
	for _, text := range []string{
		"Вчера в Сантьяго открылись Дни казахской культуры в Чили. На открытии присутствовали вице-министр культуры Казахстана Дана Ержанова и министр культуры Чили Пабло Рохас.",
		"Days of Kazakh Culture in Chile opened yesterday at the Chilean National Council of Music in Santiago. The opening was attended by Kazakh Vice Minister of Culture Dana Yerzhanova and Chilean Minister of Culture Pablo Rojas.",
	} {
		f := extract(t, text, "2026-10-08")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status+"/"+strings.Join(e.Countries, ","))
		}
		if want := []string{"CULTURE_DAYS/HELD/KZ,CL"}; !slices.Equal(got, want) {
			t.Errorf("%s: events %v, want %v", text, got, want)
		}
	}
}

// TestOrganisationNames checks that the event word in an organisation's
// name ("Conference on Interaction ...") makes no forum.
func TestOrganisationNames(t *testing.T) {
	text := "Kazakh Deputy Foreign Minister Daniyar Seitov held consultations with Thai Deputy Foreign Minister Somchai Wongsawat in Bangkok. They also reviewed their joint work within the Asian Conference on Interaction process."
	f := extract(t, text, "2026-03-12")
	for _, e := range f.Events {
		if e.Type == diplograph.EventForum {
			t.Errorf("forum from an organisation's name: %+v", e)
		}
	}
}

// TestCultureWeek checks that a Culture Week planned is a cultural event,
// no forum.
func TestCultureWeek(t *testing.T) {
	text := "Chilean Culture Minister Pablo Rojas met Kazakh Culture Minister Aida Nurova in Santiago on 2 June. The ministers agreed to stage a Chile-Culture Week in Almaty in November with folk dance shows."
	f := extract(t, text, "2026-06-03")
	if e, ok := findEvent(f, "FORUM"); ok {
		t.Errorf("a forum from a culture week: %+v", e)
	}
	if e, ok := findEvent(f, "CULTURAL_EVENT"); !ok || e.Status != "PLANNED" {
		t.Errorf("no planned cultural event in %+v", f.Events)
	}
}

// TestPeriodSummary checks that the tours and exhibitions of a summary
// of past years are no events.
func TestPeriodSummary(t *testing.T) {
	for _, text := range []string{
		"В Бишкеке министр культуры Кыргызстана Алмаз Токтосунов встретился с министром культуры Армении Анной Саргсян. Министр отметил, что за последние два года армянские театры трижды приезжали на гастроли, а в музеях прошли выставки.",
		"Kyrgyz Culture Minister Almaz Toktosunov met Armenian Culture Minister Anna Sargsyan in Bishkek. Over the past two years, Armenian theatres have toured three times and several exhibitions opened in Bishkek museums, the minister noted.",
	} {
		f := extract(t, text, "2026-04-09")
		if e, ok := findEvent(f, "CULTURAL_EVENT"); ok {
			t.Errorf("%s: a cultural event from a summary: %+v", text, e)
		}
	}
}

// TestNextRound checks that "the next round of interministerial
// consultations" is a planned meeting of its own.
func TestNextRound(t *testing.T) {
	text := "Kazakh Deputy Foreign Minister Daniyar Seitov held political consultations with Chilean Vice Minister Rosa Quispe in Santiago. Their next round of interministerial consultations is scheduled for Astana in 2027."
	f := extract(t, text, "2026-03-12")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status)
	}
	if want := []string{"MEETING/HELD", "MEETING/PLANNED"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// TestLeagueOfArabStates checks that the League of Arab States is an
// organisation side, and the host city's state no party.
func TestLeagueOfArabStates(t *testing.T) {
	text := "On 9 June, Kazakh Foreign Minister Daniyar Seitov met in Cairo with Karim Haddadin, an assistant to the chief at the League of Arab States."
	f := extract(t, text, "2026-06-10")
	e, ok := findEvent(f, "MEETING")
	if !ok || !slices.Equal(e.Countries, []string{"KZ"}) {
		t.Errorf("events %+v, want a meeting of KZ with the League", f.Events)
	}
}

// TestGluedForum checks that a forum named by a compound of one word
// ("медиафорум") is a forum, and the second one planned another.
func TestGluedForum(t *testing.T) {
	text := "Сегодня в Душанбе открылся первый таджикско-казахстанский медиафорум. На открытии медиафорума выступили министр культуры Таджикистана Саид Холов и вице-министр информации Казахстана Дана Ержанова. Очередной медиафорум пройдет через год в Алматы."
	f := extract(t, text, "2026-05-20")
	var got []string
	for _, e := range f.Events {
		got = append(got, e.Type+"/"+e.Status)
	}
	if want := []string{"FORUM/HELD", "FORUM/PLANNED"}; !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

// TestKazakhPluralEvents checks that festivals and exhibitions named in
// the Kazakh plural are kinds of events discussed, no events.
func TestKazakhPluralEvents(t *testing.T) {
	text := "ҚР Мәдениет министрі Аида Нұрова Моңғолия Мәдениет министрі Бат Ганболдпен Астанада кездесті. Кездесуде халық әндері фестивальдарын бірлесіп өткізу мәселесі сөз болды."
	f := extract(t, text, "2026-05-20")
	if e, ok := findEvent(f, "CULTURAL_EVENT"); ok {
		t.Errorf("a cultural event from plurals: %+v", e)
	}
}

// TestDaysProgrammeAfterSpeeches checks that a concert told after the
// speeches of the opening of held Days is still their programme.
func TestDaysProgrammeAfterSpeeches(t *testing.T) {
	text := "Days of Kazakh Culture in Chile opened on Wednesday in Santiago. The festival will run until Sunday. " +
		"Kazakh Vice Minister of Culture Dana Yerzhanova and Chilean Minister of Culture Pablo Rojas opened the programme together. " +
		"Addressing the guests, Pablo Rojas recalled the first Kazakh students who came to Chile. " +
		"\"Our peoples are far apart but close in spirit,\" he said. \"We want more of such meetings.\" " +
		"Dana Yerzhanova thanked the hosts for their warm welcome. " +
		"She also invited Chilean artists to tour the cities of Kazakhstan. " +
		"The audience then enjoyed a concert by a Kazakh folk orchestra."
	f := extract(t, text, "2026-10-08")
	if e, ok := findEvent(f, "CULTURAL_EVENT"); ok {
		t.Errorf("the concert of the Days is an event of its own: %+v", e)
	}
}

// TestLeadsDelegation checks that an English headline "X leads Y
// delegation to CITY" reports a visit.
func TestLeadsDelegation(t *testing.T) {
	text := "Energy Minister leads Chilean trade delegation to Almaty\n\nChilean Energy Minister Rosa Quispe today opened a solar power exhibition in Almaty with Kazakh Energy Minister Arman Zhakupov."
	f := extract(t, text, "2026-04-14")
	if e, ok := findEvent(f, "VISIT"); !ok || !slices.Equal(e.Countries, []string{"CL", "KZ"}) {
		t.Errorf("no visit of CL to KZ in %+v", f.Events)
	}
}

// TestKazakhBodyCouncil checks that "ШЫҰ елдері ... министрлерінің
// кеңесі" in a headline is the council of the body's states, one event
// with the body's numbered council ("7-кеңесі").
func TestKazakhBodyCouncil(t *testing.T) {
	sco := "BY,CN,IN,IR,KG,KZ,PK,RU,TJ,UZ"
	for _, text := range []string{
		"ШЫҰ елдері көлік министрлерінің кеңесі Бішкекте өтті\n\n" +
			"12 қазанда Бішкекте Шанхай ынтымақтастық ұйымына мүше мемлекеттердің көлік министрлерінің 7-кеңесі өтті. Жиынға ҚР Көлік министрі Нұрлан Сауранбаев қатысты.",
		"ШЫҰ елдері көлік министрлерінің кеңесі Бішкекте өтті\n\nКеңеске ҚР Көлік министрі Нұрлан Сауранбаев қатысты.",
	} {
		f := extract(t, text, "2026-10-13")
		var got []string
		for _, e := range f.Events {
			got = append(got, e.Type+"/"+e.Status+"/"+sortedJoin(e.Countries, ","))
		}
		if want := []string{"MEETING/HELD/" + sco}; !slices.Equal(got, want) {
			t.Errorf("%s: events %v, want %v", text, got, want)
		}
	}
}

// TestVisitStop checks that a further city told inside the frame of a
// visit is a stop of that visit, not a visit of its own, while a trip on
// to other states stays one.
func TestVisitStop(t *testing.T) {
	for _, text := range []string{
		"Глава МИД Казахстана Нурлан Абенов принял в Астане главу МИД Литвы Томаса Миколайтиса, который прибыл в страну с официальным визитом. В рамках визита литовский министр также посетит Шымкент.",
		"Kazakh Foreign Minister Nurlan Abenov held talks in Astana today with Lithuanian Foreign Minister Tomas Mikolaitis, who is in Kazakhstan on an official visit. During his stay, the Lithuanian minister will also visit Shymkent.",
	} {
		f := extract(t, text, "2026-05-04")
		for _, e := range f.Events {
			if e.Type == "VISIT" && e.Status == "PLANNED" {
				t.Errorf("%.40q: planned visit %+v", text, e)
			}
		}
	}
	f := extract(t, "Kazakh Foreign Minister Nurlan Abenov held talks in Astana today with Lithuanian Foreign Minister Tomas Mikolaitis. During his stay, the Lithuanian minister will also visit Kyrgyzstan.", "2026-05-04")
	if _, ok := findEvent(f, "VISIT"); !ok {
		t.Errorf("no visit to the third state in %+v", f.Events)
	}
}

// TestDirectHomeAudience checks that "to meet representatives of ..."
// without "with" is a meeting with a home audience, no diplomatic event.
func TestDirectHomeAudience(t *testing.T) {
	f := extract(t, "Kazakh Trade Minister Arman Shakirov held talks with Peruvian Trade Minister Jorge Salas in Lima on Monday. During his stay in Peru, the Kazakh minister will also visit Arequipa, and there he plans to meet representatives of small businesses.", "2026-05-04")
	for _, e := range f.Events {
		if e.Type == "MEETING" && e.Status == "PLANNED" {
			t.Errorf("planned meeting %+v", e)
		}
	}
}

// TestMeetingNeeds checks that "meeting" in the sense of satisfying a
// demand is no meeting.
func TestMeetingNeeds(t *testing.T) {
	f := extract(t, "Kazakh Energy Minister Almas Serikov held talks with Hungarian Energy Minister Peter Kovacs in Budapest on Monday. Kovacs said that Hungary counts on Kazakh uranium in meeting its rising demand for power.", "2026-05-04")
	for _, e := range f.Events {
		for _, ev := range e.Evidence {
			if strings.Contains(ev.Sentence, "rising demand") {
				t.Errorf("event %+v told by the demand met", e)
			}
		}
	}
}

// TestTourOperators checks that tour operators make no cultural event.
func TestTourOperators(t *testing.T) {
	f := extract(t, "Kazakh Tourism Minister Erlan Sarsenov met Peruvian Tourism Minister Jorge Salas in Lima on Monday. In Lima he also held talks with local tour operators and hotel chains.", "2026-05-04")
	if e, ok := findEvent(f, "CULTURAL_EVENT"); ok {
		t.Errorf("cultural event %+v", e)
	}
}

// TestDaysFrame checks that an exhibition told "in the frame of the Days"
// is part of them, no cultural event of its own.
func TestDaysFrame(t *testing.T) {
	f := extract(t, "Дни культуры Казахстана в Грузии открылись 5 мая в Тбилиси. Министр культуры Казахстана Аида Нурова и министр культуры Грузии Нино Беридзе выступили на открытии. Министры обсудили сотрудничество музеев. В рамках Дней в Тбилиси до 20 мая работает выставка казахских ковров.", "2026-05-08")
	if e, ok := findEvent(f, "CULTURAL_EVENT"); ok {
		t.Errorf("cultural event %+v", e)
	}
	if _, ok := findEvent(f, "CULTURE_DAYS"); !ok {
		t.Errorf("no Days in %+v", f.Events)
	}
}

// TestDemonstrativeReference checks that "this exhibition" in a later
// quote is the exhibition already reported, not a planned one.
func TestDemonstrativeReference(t *testing.T) {
	f := extract(t, "An exhibition of Kazakh felt carpets opened at the national museum in Tbilisi on Monday in the presence of Kazakh Culture Minister Aida Nurova and Georgian Culture Minister Nino Beridze. \"I am sure that this exhibition will help our nations know each other better,\" Beridze said.", "2026-05-05")
	for _, e := range f.Events {
		if e.Status == "PLANNED" {
			t.Errorf("planned event %+v", e)
		}
	}
}

// TestBareDaysRefer checks that Days of Culture named later without a
// state are the Days already reported.
func TestBareDaysRefer(t *testing.T) {
	f := extract(t, "Дни культуры Казахстана открылись в Баку 3 июня. На открытии выступили министр культуры Казахстана Аида Нурова и министр культуры Азербайджана Адиль Керимов. «Дни культуры – лучший повод показать юным зрителям общие корни наших народов», – сказал Керимов.", "2026-06-04")
	n := 0
	for _, e := range f.Events {
		if e.Type == "CULTURE_DAYS" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d Days in %+v, want 1", n, f.Events)
	}
}

// TestKazakhVisitFrame checks that a visit told in Kazakh as the frame
// of a meeting ("сапары аясында өтті") is an event of its own.
func TestKazakhVisitFrame(t *testing.T) {
	f := extract(t, "Кеше Лимада ҚР Сауда министрі Арман Шакиров Перу Сауда министрі Хорхе Саласпен кездесті. Кездесу қазақстандық делегацияның Перуге ресми сапары аясында өтті.", "2026-05-05")
	if _, ok := findEvent(f, "VISIT"); !ok {
		t.Errorf("no visit in %+v", f.Events)
	}
}

// TestKazakhFilmDays checks that Kazakh "кино күндері" are a cultural
// event, like a film week.
func TestKazakhFilmDays(t *testing.T) {
	f := extract(t, "Тбилисиде мамырдың төртінші күнінен бастап қазақ киносының күндері жалғасуда. Ашылу салтанатына ҚР Мәдениет министрі Аида Нұрова мен Грузияның Мәдениет министрі Нино Беридзе қатысты.", "2026-05-05")
	if _, ok := findEvent(f, "CULTURAL_EVENT"); !ok {
		t.Errorf("no cultural event in %+v", f.Events)
	}
}

// TestTradeFair checks that a trade fair at whose margins two ministers
// met is a forum.
func TestTradeFair(t *testing.T) {
	f := extract(t, "Министр туризма Казахстана Ерлан Сарсенов встретился в Берлине с министром туризма Перу Хорхе Саласом. Встреча состоялась на полях международной ярмарки путешествий, открывшейся в немецкой столице 3 марта.", "2026-03-04")
	if _, ok := findEvent(f, "FORUM"); !ok {
		t.Errorf("no forum in %+v", f.Events)
	}
}
