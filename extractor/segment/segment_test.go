package segment_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/segment"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, text string
		want       segment.Header
		rest       string // text[BodyStart:] starts with this
	}{
		{"none", "Министры встретились.", segment.Header{}, "Министры"},
		{"alone", "date 2024-03-05\nМинистры встретились.", segment.Header{Published: "2024-03-05", BodyStart: 16}, "Министры"},
		{"crlf", "date 2024-03-05\r\nТекст", segment.Header{Published: "2024-03-05", BodyStart: 17}, "Текст"},
		{"same line", " date 2024-03-05 Министры обсудили сотрудничество\nТекст", segment.Header{Published: "2024-03-05", BodyStart: 17}, "Министры обсудили"},
		{"leading spaces and colon", "  \n Date: 2023-12-31   Title", segment.Header{Published: "2023-12-31", BodyStart: 23}, "Title"},
		{"with time", "date 2024-03-05T10:15:00+05:00 Title\nText", segment.Header{Published: "2024-03-05", BodyStart: 31}, "Title"},
		{"bad date", "date 2023-02-30 Текст", segment.Header{}, "date"},
		{"glued", "date 2023-02-011 Текст", segment.Header{}, "date"},
		{"word date", "dated documents", segment.Header{}, "dated"},
		{"empty", "", segment.Header{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := segment.ParseHeader(tt.text)
			if h != tt.want {
				t.Errorf("ParseHeader(%q) = %+v, want %+v", tt.text, h, tt.want)
			}
			if !strings.HasPrefix(tt.text[h.BodyStart:], tt.rest) {
				t.Errorf("body starts with %q, want %q", tt.text[h.BodyStart:], tt.rest)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Министры обсудили сотрудничество в сфере культуры и образования.", "ru"},
		{"Министры обсудили сотрудничество", "ru"},
		{"Қазақстан мен Қытай министрлері кездесті.", "kk"},
		{"Министрлер кездесті", "kk"},
		{"Екі ел арасындағы ынтымақтастық туралы Сергей Иванов пен Ольга Петрова айтты.", "kk"},
		{"Тараптар Владимир Путин мен Мария Смирнова ұсынған жоспарды талқылады", "kk"},
		{"Президент Казахстана принял посла в Акорде, где обсуждались вопросы развития «Жібек жолы».", "ru"},
		{"The ministers of Kazakhstan and Uzbekistan met in Tashkent.", "en"},
		{"The minister quoted the slogan «Бірлік» twice.", "en"},
		{"Qazaqstan men Túrkııa mınıstrleri kezdesti jáne yntymaqtastyq týraly kelisimge qol qoıdy.", "kk"},
		{"President Erdoğan met the ministers of Türkiye and Kazakhstan in Ankara.", "en"},
		{"", "ru"},
		{"12345", "ru"},
	}
	for _, tt := range tests {
		if got := segment.DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// sentences renders the sentences of a Doc as "text" or "Q:text".
func sentences(d segment.Doc) string {
	var parts []string
	for _, s := range d.Sentences {
		if s.Quote {
			parts = append(parts, "Q:"+s.Text)
		} else {
			parts = append(parts, s.Text)
		}
	}
	return strings.Join(parts, " | ")
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"simple", "Министры встретились. Они обсудили торговлю.", "Министры встретились. | Они обсудили торговлю."},
		{"question and exclamation", "Что дальше? Будем работать! Итоги 2024 года.", "Что дальше? | Будем работать! | Итоги 2024 года."},
		{"ellipsis", "Подробности позже… Министр уехал.", "Подробности позже… | Министр уехал."},
		{"lower case after period", "Рост составил 5 проц. по сравнению с прошлым годом.", "Рост составил 5 проц. по сравнению с прошлым годом."},
		{"russian abbreviations", "Музей им. Абая открыт с 1995 г. В нем 10 тыс. экспонатов и т.п. Вход свободный.",
			"Музей им. Абая открыт с 1995 г. В нем 10 тыс. экспонатов и т.п. Вход свободный."},
		{"russian initials", "Встречу провел А. Б. Сидоров. Затем выступил проф. Ким.", "Встречу провел А. Б. Сидоров. | Затем выступил проф. Ким."},
		{"initials glued", "Выступил Н.Ж.Ахметов. Затем дискуссия.", "Выступил Н.Ж.Ахметов. | Затем дискуссия."},
		{"kazakh abbreviations", "Келісім 2024 ж. Астанада жасалды. Жоба т.б. салаларды қамтиды.", "Келісім 2024 ж. Астанада жасалды. | Жоба т.б. салаларды қамтиды."},
		{"english abbreviations", "Mr. Smith met Dr. Lee in the U.S. Capitol. They spoke on Jan. 5 about trade.",
			"Mr. Smith met Dr. Lee in the U.S. Capitol. | They spoke on Jan. 5 about trade."},
		{"english initials", "The note was signed by J. R. Miller. It was delivered.", "The note was signed by J. R. Miller. | It was delivered."},
		{"english two-letter initials", "The minister Ts. Oyunbat spoke. Eng. Samir Haddad replied.", "The minister Ts. Oyunbat spoke. | Eng. Samir Haddad replied."},
		{"decimal", "Рост составил 3.5 процента. Это рекорд.", "Рост составил 3.5 процента. | Это рекорд."},
		{"numbered list", "1. Меморандум о сотрудничестве. 2. Программа обменов.", "1. Меморандум о сотрудничестве. | 2. Программа обменов."},
		{"digit starts sentence", "Встреча завершилась. 15 документов подписано.", "Встреча завершилась. | 15 документов подписано."},
		{"russian speech", "«Мы готовы к диалогу. Это наш выбор», – сказал министр. Затем был обед.",
			"Q:Мы готовы к диалогу. Это наш выбор | сказал министр. | Затем был обед."},
		{"russian speech em dash no comma", "«Вперед!» — заявил посол.", "Q:Вперед! | заявил посол."},
		{"speech after colon", "Посол подчеркнул: «Отношения развиваются успешно».", "Посол подчеркнул: | Q:Отношения развиваются успешно"},
		{"kazakh speech", "\"Біз дайынбыз\", – деді министр.", "Q:Біз дайынбыз | деді министр."},
		{"english speech", "\"We welcome the agreement,\" said the minister.", "Q:We welcome the agreement, | said the minister."},
		{"quoted name", "Театр «Астана Балет» выступит в Париже. Билеты проданы.", "Театр «Астана Балет» выступит в Париже. | Билеты проданы."},
		{"quoted name at start", "«Казмедиа Орталығы» провел форум.", "«Казмедиа Орталығы» провел форум."},
		{"period inside inline quote", "Он назвал фильм «Привет. Пока» лучшим. Зал аплодировал.", "Он назвал фильм «Привет. Пока» лучшим. | Зал аплодировал."},
		{"nested quotes", "«Фестиваль «Шелковый путь» объединил нас», - сказала министр.", "Q:Фестиваль «Шелковый путь» объединил нас | сказала министр."},
		{"broken speech", "«Мы готовы к диалогу, – сказал министр. – Это наш выбор».", "Q:Мы готовы к диалогу, | сказал министр. | Q:Это наш выбор"},
		{"broken speech kazakh", "\"Біз дайынбыз, – деді министр. – Жұмыс жалғасады\".", "Q:Біз дайынбыз, | деді министр. | Q:Жұмыс жалғасады"},
		{"dash inside speech kept", "«Астана – Ташкент маршруты ашылды, бұл маңызды», – деді ол.", "Q:Астана – Ташкент маршруты ашылды, бұл маңызды | деді ол."},
		{"unclosed speech", "«Мы продолжим работу над соглашением и дальше", "Q:Мы продолжим работу над соглашением и дальше"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment.Segment(tt.text, "")
			checkDoc(t, tt.text, d)
			if got := sentences(d); got != tt.want {
				t.Errorf("Segment(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestCleaning(t *testing.T) {
	const lead = "Министры двух стран провели переговоры в столице и обсудили торговлю."
	tests := []struct {
		name, text string
		want       []string // the kept paragraphs
	}{
		{"photo credits", lead + "\nФото: пресс-служба\nФото - Акорда\nСурет: министрлік\nPhoto: Reuters\nPhoto by John Smith\nИсточник фото: сайт\nCredit: AP",
			[]string{lead}},
		{"bracketed archive captions", lead + "\n[Фото: министр на переговорах с гостями из соседней страны, архив]\n[Сурет: вице-министр делегациямен кездесуде, мұрағат]\n(Photo: the minister at an earlier round of talks)\n[File photo: two ministers shaking hands in a hall, 2019]\n(Архивное фото: делегации у входа в здание)",
			[]string{lead}},
		{"bylines", "Автор Иван Иванов\n" + lead + "\nAuthor: Jane Doe\nBy Peter Brown\nАйгерім Сапарова\nменшікті тілші",
			[]string{lead}},
		{"counters and dates", "5421\n" + lead + "\n12 марта 2024, 14:30\n15.03.2024\nПросмотров: 1200\n  \n2 015",
			[]string{lead}},
		{"marker ends body", lead + "\nЧитайте также\nПрезидент подписал указ о наградах.\nВыставка открылась в музее.",
			[]string{lead}},
		{"marker with bullet", lead + "\n🔥 ПОПУЛЯРНОЕ:\nЕщё новость.", []string{lead}},
		{"kazakh marker", lead + "\nКөп оқылған\nЖаңа саябақ ашылды.", []string{lead}},
		{"kazakh related marker", lead + "\nТақырыпқа қатысты:\nЕкі елдің министрлері кездесті\nЖаңа саябақ ашылды", []string{lead}},
		{"english marker", lead + "\nRelated:\nBudget approved.", []string{lead}},
		{"tags", lead + "\nТеги: культура, дипломатия\nЕщё текст.", []string{lead}},
		{"inline read also", lead + "\nЧитайте также: Президент провел совещание\nСтороны подписали протокол.",
			[]string{lead, "Стороны подписали протокол."}},
		{"template debris", lead + "\n  • [[year]]\n{{ item.title }}", []string{lead}},
		{"share and promo", lead + "\nПоделиться\nПодписывайтесь на наш Telegram-канал\nSubscribe to our newsletter\nFacebook Twitter Telegram",
			[]string{lead}},
		{"page widgets", lead + "\nНашли ошибку? Выделите ее и нажмите Ctrl+Enter\nВерсия для печати\n#дипломатия #Казахстан\nLast updated: 5 March 2024",
			[]string{lead}},
		{"widget words inside text kept", lead + "\nShares of the joint venture were transferred to the ministry.\nРекламная кампания стартовала в Алматы.",
			[]string{lead, "Shares of the joint venture were transferred to the ministry.", "Рекламная кампания стартовала в Алматы."}},
		{"source line", lead + "\nИсточник: пресс-служба министерства", []string{lead}},
		{"copyright", lead + "\n© 2024 Агентство. Все права защищены.\nAll rights reserved.", []string{lead}},
		{"headline list without marker", lead + "\nЦены на бензин снизились\nВ столице открылся каток\nПогода на выходные\nФутбольный клуб сменил тренера",
			[]string{lead}},
		{"two short lines kept", lead + "\nЦены на бензин снизились\nВ столице открылся каток", []string{lead, "Цены на бензин снизились", "В столице открылся каток"}},
		{"list after colon kept", lead + "\nПодписаны документы:\nМеморандум о сотрудничестве в области культуры\nПрограмма обменов на 2025 год\nПлан действий по туризму",
			[]string{lead, "Подписаны документы:", "Меморандум о сотрудничестве в области культуры", "Программа обменов на 2025 год", "План действий по туризму"}},
		{"menu dropped", "Главная\nНовости\nПолитика\nЭкономика\nМинистры обсудили торговлю\n" + lead, []string{"Министры обсудили торговлю", lead}},
		{"menu before title", "Home\nNews\nPress releases\nMinisters discuss trade and transit links\n" + lead, []string{"Ministers discuss trade and transit links", lead}},
		{"breadcrumbs", "Главная > Новости > Политика\n" + lead, []string{lead}},
		{"title with site kept", "Министры обсудили торговлю | Новости\n" + lead, []string{"Министры обсудили торговлю | Новости", lead}},
		{"title kept", "Министры обсудили торговлю\n\n" + lead, []string{"Министры обсудили торговлю", lead}},
		{"photo word in sentence kept", lead + "\nФотовыставка о дружбе двух народов открылась в музее.", []string{lead, "Фотовыставка о дружбе двух народов открылась в музее."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment.Segment(tt.text, "")
			checkDoc(t, tt.text, d)
			var got []string
			for _, p := range d.Body {
				got = append(got, tt.text[p.Start:p.End])
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("kept\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Министры обсудили торговлю\nОни встретились в Астане.", "Министры обсудили торговлю"},
		{"Они встретились в Астане.\nЕще текст.", ""},
		{" date 2024-01-02 Казахстан и Китай подписали соглашение\nТекст статьи.", "Казахстан и Китай подписали соглашение"},
		{" date 2024-01-02 Фото: gov.kz\nОни встретились в Астане.", ""},
		// Page furniture before the headline: a section label, a time stamp.
		{"Политика\n12 марта 2026, 10:45\nКазахстан и Монголия подписали меморандум\nТекст статьи.", "Казахстан и Монголия подписали меморандум"},
		{"World News\nMinisters of two countries sign a roadmap\nThe text.", "Ministers of two countries sign a roadmap"},
		{"04.05.2026\nМинистры обсудили торговлю\nОни встретились в Астане.", "Министры обсудили торговлю"},
		// No more than two such lines; a short headline is still one.
		{"Лента\n12 марта 2026, 10:45 Агентство\nВидео\nМинистры обсудили торговлю\nОни встретились.", ""},
		{"Министры обсудили торговлю\nОни встретились.", "Министры обсудили торговлю"},
	}
	for _, tt := range tests {
		d := segment.Segment(tt.text, "")
		if got := d.Title; got != tt.want {
			t.Errorf("Title of %q = %q, want %q", tt.text, got, tt.want)
		}
		if span := tt.text[d.TitleSpan.Start:d.TitleSpan.End]; span != d.Title {
			t.Errorf("TitleSpan of %q holds %q, want the title %q", tt.text, span, d.Title)
		}
	}
}

func TestLanguageGiven(t *testing.T) {
	if got := segment.Segment("Министры встретились.", "kk").Language; got != "kk" {
		t.Errorf("Language = %s, want the given kk", got)
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // quotation -> its attribution ("" for none)
	}{
		{"after", "«Мы готовы к диалогу», – сказал министр. Затем был обед.",
			map[string]string{"Мы готовы к диалогу": "сказал министр."}},
		{"colon", "Посол подчеркнул: «Отношения развиваются». Затем был обед.",
			map[string]string{"Отношения развиваются": "Посол подчеркнул:"}},
		{"broken", "«Мы готовы, – сказал министр. – Это наш выбор».",
			map[string]string{"Мы готовы,": "сказал министр.", "Это наш выбор": "сказал министр."}},
		{"english", "\"We welcome the agreement,\" said the minister. \"It is historic.\"",
			map[string]string{"We welcome the agreement,": "said the minister.", "It is historic.": ""}},
		{"kazakh", "\"Біз дайынбыз\", – деді министр.", map[string]string{"Біз дайынбыз": "деді министр."}},
		{"none", "«Мы готовы к диалогу». Затем был обед.", map[string]string{"Мы готовы к диалогу": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment.Segment(tt.text, "")
			got := map[string]string{}
			for i, s := range d.Sentences {
				if !s.Quote {
					if _, ok := d.Attribution(i); ok {
						t.Errorf("sentence %q is not a quotation but has an attribution", s.Text)
					}
					continue
				}
				a, _ := d.Attribution(i)
				got[s.Text] = a.Text
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("attributions %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMoreNewsMarkerAboveTheText checks that a "more news" marker above
// any running text is a menu item (dropped alone), and below it ends the
// body.
func TestMoreNewsMarkerAboveTheText(t *testing.T) {
	text := "Лента новостей\nНовости дня\n\nМинистр ответил оппозиции\n\n12 марта 2026 16:32\n\n«Министры двух стран обсудили торговлю и транспорт, сказал он журналистам».\n\nЛента новостей\nДругая статья о погоде"
	d := segment.Segment(text, "")
	var got []string
	for _, p := range d.Body {
		got = append(got, text[p.Start:p.End])
	}
	if len(got) == 0 || !strings.HasPrefix(got[len(got)-1], "«Министры") {
		t.Errorf("kept %q, want the text up to its quote and nothing after the second marker", got)
	}
}
