package dates_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extractor/dates"
)

// want describes one expected mention: the matched text and its dates in
// ISO form ("" for none); flags is a string of R (relative), E (eve) and
// Y (year inferred).
type want struct {
	text, from, to, flags string
}

func (w want) String() string { return fmt.Sprintf("%q %s..%s %s", w.text, w.from, w.to, w.flags) }

func got(ms []dates.Mention) []want {
	var out []want
	for _, m := range ms {
		var fl strings.Builder
		if m.Relative {
			fl.WriteByte('R')
		}
		if m.Eve {
			fl.WriteByte('E')
		}
		if m.YearInferred {
			fl.WriteByte('Y')
		}
		out = append(out, want{m.Text, m.From.String(), m.To.String(), fl.String()})
	}
	return out
}

func TestFind(t *testing.T) {
	pub := dates.Date{Year: 2024, Month: 10, Day: 16} // a Wednesday
	tests := []struct {
		name, lang, text string
		pub              dates.Date
		want             []want
	}{
		// Russian
		{"ru full", "ru", "Переговоры прошли 14 октября 2024 года в Астане.", pub,
			[]want{{"14 октября 2024 года", "2024-10-14", "", ""}}},
		{"ru abbreviated year", "ru", "Соглашение подписано 3 апреля 2023 г. в Ташкенте.", pub,
			[]want{{"3 апреля 2023 г.", "2023-04-03", "", ""}}},
		{"ru no year", "ru", "Делегация прибыла 12 октября.", pub,
			[]want{{"12 октября", "2024-10-12", "", "Y"}}},
		{"ru no year previous year", "ru", "Форум прошел 20 декабря.", dates.Date{Year: 2025, Month: 2, Day: 1},
			[]want{{"20 декабря", "2024-12-20", "", "Y"}}},
		{"ru no year no published", "ru", "Форум прошел 20 декабря.", dates.Date{},
			[]want{{"20 декабря", "", "", ""}}},
		{"ru range over new year no published", "ru", "Каникулы с 28 декабря по 8 января.", dates.Date{},
			[]want{{"с 28 декабря по 8 января", "", "", ""}}},
		{"ru month year", "ru", "Визит запланирован в ноябре 2024 года.", pub,
			[]want{{"ноябре 2024 года", "2024-11", "", ""}}},
		{"ru month only", "ru", "Комиссия соберется в декабре.", pub,
			[]want{{"декабре", "2024-12", "", "Y"}}},
		{"ru year", "ru", "В 2023 году товарооборот вырос.", pub,
			[]want{{"2023 году", "2023", "", ""}}},
		{"ru year nominative", "ru", "2026 год объявлен Годом культуры.", pub,
			[]want{{"2026 год", "2026", "", ""}}},
		{"ru range same month", "ru", "Дни культуры пройдут со 2 по 5 декабря в Баку.", pub,
			[]want{{"со 2 по 5 декабря", "2024-12-02", "2024-12-05", "Y"}}},
		{"ru range with year", "ru", "Выставка открыта с 2 по 5 декабря 2023 года.", pub,
			[]want{{"с 2 по 5 декабря 2023 года", "2023-12-02", "2023-12-05", ""}}},
		{"ru range en dash", "ru", "Гастроли запланированы на 2–5 декабря.", pub,
			[]want{{"2–5 декабря", "2024-12-02", "2024-12-05", "Y"}}},
		{"ru range hyphen", "ru", "Форум пройдет 2-5 декабря 2025 года.", pub,
			[]want{{"2-5 декабря 2025 года", "2025-12-02", "2025-12-05", ""}}},
		{"ru range two months", "ru", "Фестиваль пройдет с 28 ноября по 2 декабря.", pub,
			[]want{{"с 28 ноября по 2 декабря", "2024-11-28", "2024-12-02", "Y"}}},
		{"ru range over new year", "ru", "Каникулы продлятся с 28 декабря 2024 года по 8 января 2025 года.", pub,
			[]want{{"с 28 декабря 2024 года по 8 января 2025 года", "2024-12-28", "2025-01-08", ""}}},
		{"ru period", "ru", "в период с 10 по 12 марта 2025 года состоится сессия", pub,
			[]want{{"с 10 по 12 марта 2025 года", "2025-03-10", "2025-03-12", ""}}},
		{"ru numeric", "ru", "Приказ от 25.09.2025 вступил в силу.", pub,
			[]want{{"25.09.2025", "2025-09-25", "", ""}}},
		{"ru numeric short year", "ru", "Дата публикации 05.03.24 10:15", pub,
			[]want{{"05.03.24", "2024-03-05", "", ""}}},
		{"ru relative", "ru", "Сегодня министры подписали протокол, а вчера провели консультации.", pub,
			[]want{{"Сегодня", "2024-10-16", "", "R"}, {"вчера", "2024-10-15", "", "R"}}},
		{"ru tomorrow", "ru", "Завтра делегация вылетит в Баку, послезавтра в Ереван.", pub,
			[]want{{"Завтра", "2024-10-17", "", "R"}, {"послезавтра", "2024-10-18", "", "R"}}},
		{"ru eve plain", "ru", "Накануне в Париже прошел концерт.", pub,
			[]want{{"Накануне", "2024-10-15", "", "R"}}},
		{"ru eve of event", "ru", "Накануне переговоров министры посетили музей.", pub,
			[]want{{"Накануне", "2024-10-15", "", "RE"}}},
		{"ru eve of holiday", "ru", "Накануне Дня независимости прошел прием.", pub,
			[]want{{"Накануне", "2024-10-15", "", "RE"}}},
		{"ru eve subject", "ru", "Накануне МИД сообщил о визите, а накануне они подписали протокол.", pub,
			[]want{{"Накануне", "2024-10-15", "", "R"}, {"накануне", "2024-10-15", "", "R"}}},
		{"ru weekday", "ru", "Во вторник посол вручил верительные грамоты.", pub,
			[]want{{"Во вторник", "2024-10-15", "", "R"}}},
		{"ru this year", "ru", "Встреча прошла 5 марта текущего года.", pub,
			[]want{{"5 марта текущего года", "2024-03-05", "", ""}}},
		{"ru years range", "ru", "Программа рассчитана на 2024–2026 годы.", pub,
			[]want{{"2024–2026 годы", "2024", "2026", ""}}},
		{"ru this year", "ru", "В этом году объем торговли вырос, в прошлом году он снизился.", pub,
			[]want{{"этом году", "2024", "", "R"}, {"прошлом году", "2023", "", "R"}}},
		{"ru month range", "ru", "Гастроли пройдут в сентябре–октябре 2025 года.", pub,
			[]want{{"сентябре–октябре 2025 года", "2025-09", "2025-10", ""}}},
		{"ru and not consecutive", "ru", "Встречи прошли 10 и 11 октября.", pub,
			[]want{{"10 и 11 октября", "2024-10-10", "2024-10-11", "Y"}}},
		{"ru ordinal year", "ru", "В 2024-м году открыто посольство.", pub,
			[]want{{"2024-м году", "2024", "", ""}}},
		{"ru no year word", "ru", "Стратегия Казахстан-2050 и ЭКСПО-2017 не даты.", pub, nil},
		{"ru anniversary", "ru", "К 80-летию Победы и 100-летию театра выпущена книга.", pub, nil},
		{"ru quantity", "ru", "Товарооборот составил 5 млн долларов, 2000 человек посетили выставку.", pub, nil},
		{"ru impossible", "ru", "31 февраля 2024 года и 30 февраля ничего не было.", pub, nil},
		{"ru decimal", "ru", "Рост составил 2,5 процента, 1.25 балла.", pub, nil},
		{"ru time not date", "ru", "Начало в 10:30 по времени Астаны.", pub, nil},
		{"ru genitive initials", "ru", "А. Б. Иванов выступил 7 ноября.", pub,
			[]want{{"7 ноября", "2024-11-07", "", "Y"}}},
		{"ru ordinal", "ru", "Заседание назначено на 25-е октября.", pub,
			[]want{{"25-е октября", "2024-10-25", "", "Y"}}},

		// Kazakh
		{"kk year first", "kk", "Мемлекет басшысы 2024 жылы 10 қазанда Душанбеде болды.", pub,
			[]want{{"2024 жылы 10 қазанда", "2024-10-10", "", ""}}},
		{"kk attributive year", "kk", "2023 жылғы 15 наурыз күнгі келісім", pub,
			[]want{{"2023 жылғы 15 наурыз күнгі", "2023-03-15", "", ""}}},
		{"kk stamp abbreviated month", "kk", "17 нау, 2025 сағат 09:40", pub,
			[]want{{"17 нау, 2025", "2025-03-17", "", ""}}},
		{"kk stamp abbreviated october", "kk", "09 қаз, 2025 сағат 18:05", pub,
			[]want{{"09 қаз, 2025", "2025-10-09", "", ""}}},
		{"kk day locative", "kk", "Кездесу 10 қазанда өтті.", pub,
			[]want{{"10 қазанда", "2024-10-10", "", "Y"}}},
		{"kk day kuni", "kk", "Келіссөздер 10 қазан күні басталды.", pub,
			[]want{{"10 қазан күні", "2024-10-10", "", "Y"}}},
		{"kk genitive year", "kk", "2025 жылдың 10 қазанында келісімге қол қойылды.", pub,
			[]want{{"2025 жылдың 10 қазанында", "2025-10-10", "", ""}}},
		{"kk month ay", "kk", "Комиссия отырысы қараша айында өтеді.", pub,
			[]want{{"қараша айында", "2024-11", "", "Y"}}},
		{"kk year month ay", "kk", "2025 жылдың қазан айында келіссөздер жалғасады.", pub,
			[]want{{"2025 жылдың қазан айында", "2025-10", "", ""}}},
		{"kk year only", "kk", "2024 жылы тауар айналымы өсті.", pub,
			[]want{{"2024 жылы", "2024", "", ""}}},
		{"kk range aralyk", "kk", "Мәдениет күндері 2-5 желтоқсан аралығында өтеді.", pub,
			[]want{{"2-5 желтоқсан аралығында", "2024-12-02", "2024-12-05", "Y"}}},
		{"kk genitive range", "kk", "Фестиваль желтоқсанның 2-сі мен 5-і аралығында өтеді.", pub,
			[]want{{"желтоқсанның 2-сі мен 5-і аралығында", "2024-12-02", "2024-12-05", "Y"}}},
		{"kk relative", "kk", "Бүгін министрлер кездесті, кеше делегация келді, ертең форум ашылады.", pub,
			[]want{{"Бүгін", "2024-10-16", "", "R"}, {"кеше", "2024-10-15", "", "R"}, {"ертең", "2024-10-17", "", "R"}}},
		{"kk eve", "kk", "Сапар қарсаңында елшілер кездесті.", pub,
			[]want{{"қарсаңында", "2024-10-15", "", "RE"}}},
		{"kk this year", "kk", "Биыл екі ел арасындағы тауар айналымы өсті, ал келесі жылы жаңа жоба басталады.", pub,
			[]want{{"Биыл", "2024", "", "R"}, {"келесі жылы", "2025", "", "R"}}},
		{"kk this year date", "kk", "Келісімге биылғы 5 наурызда қол қойылды.", pub,
			[]want{{"биылғы 5 наурызда", "2024-03-05", "", "R"}}},
		{"kk last year", "kk", "Өткен жылы форум Алматыда өтті.", pub,
			[]want{{"Өткен жылы", "2023", "", "R"}}},
		{"kk hyphenated day", "kk", "Форум 2024 жылғы 10-қазанда ашылды.", pub,
			[]want{{"2024 жылғы 10-қазанда", "2024-10-10", "", ""}}},
		{"kk genitive day", "kk", "Құжат қазанның 10-ы күні жарияланды.", pub,
			[]want{{"қазанның 10-ы күні", "2024-10-10", "", "Y"}}},
		{"kk anniversary", "kk", "Театрдың 100 жылдығы мен ақынның 80 жылдығына арналған кеш.", pub, nil},
		{"kk kazan city", "kk", "Делегация Қазанда болды.", pub, nil},
		{"kk abbreviated year", "kk", "2024 ж. 5 сәуірде меморандум жасалды.", pub,
			[]want{{"2024 ж. 5 сәуірде", "2024-04-05", "", ""}}},

		// English
		{"en day month year", "en", "The ministers met on 3 March 2024 in Geneva.", pub,
			[]want{{"3 March 2024", "2024-03-03", "", ""}}},
		{"en month day year", "en", "The treaty was signed on March 3, 2024, in Rome.", pub,
			[]want{{"March 3, 2024", "2024-03-03", "", ""}}},
		{"en range", "en", "The forum runs 3-5 March 2025.", pub,
			[]want{{"3-5 March 2025", "2025-03-03", "2025-03-05", ""}}},
		{"en month first range", "en", "Talks are set for March 3-5.", dates.Date{Year: 2025, Month: 2, Day: 1},
			[]want{{"March 3-5", "2025-03-03", "2025-03-05", "Y"}}},
		{"en from to", "en", "Consultations were held from 3 to 5 March.", dates.Date{Year: 2025, Month: 3, Day: 9},
			[]want{{"from 3 to 5 March", "2025-03-03", "2025-03-05", "Y"}}},
		{"en month year", "en", "A visit is expected in March 2024.", pub,
			[]want{{"March 2024", "2024-03", "", ""}}},
		{"en in year", "en", "Trade grew by a third in 2023.", pub,
			[]want{{"2023", "2023", "", ""}}},
		{"en relative", "en", "Today the envoy arrived; yesterday he met the minister and tomorrow he leaves.", pub,
			[]want{{"Today", "2024-10-16", "", "R"}, {"yesterday", "2024-10-15", "", "R"}, {"tomorrow", "2024-10-17", "", "R"}}},
		{"en weekday", "en", "The ministers spoke by phone on Monday.", pub,
			[]want{{"on Monday", "2024-10-14", "", "R"}}},
		{"en abbreviated month", "en", "The note is dated Dec. 5, 2023.", pub,
			[]want{{"Dec. 5, 2023", "2023-12-05", "", ""}}},
		{"en iso", "en", "Published 2024-03-03 by the ministry.", pub,
			[]want{{"2024-03-03", "2024-03-03", "", ""}}},
		{"en may modal", "en", "The sides may sign a memorandum in march.", pub, nil},
		{"en ordinal", "en", "The summit opens on the 3rd of March 2025.", pub,
			[]want{{"3rd of March 2025", "2025-03-03", "", ""}}},
		{"en eve", "en", "On the eve of the summit the leaders spoke.", pub,
			[]want{{"On the eve of", "2024-10-15", "", "RE"}}},
		{"en name today", "en", "The report by Kazakhstan Today was cited.", pub, nil},
		{"en quantity", "en", "They shipped 2024 tonnes in 2023.", pub,
			[]want{{"2023", "2023", "", ""}}},
		{"en cross month", "en", "The festival runs March 30 - April 2, 2025.", pub,
			[]want{{"March 30 - April 2, 2025", "2025-03-30", "2025-04-02", ""}}},
		{"en next year", "en", "The sides plan to meet again next year.", pub,
			[]want{{"next year", "2025", "", "R"}}},
		{"en month range", "en", "Exhibitions are planned for September-October 2025.", pub,
			[]want{{"September-October 2025", "2025-09", "2025-10", ""}}},
		{"en decade", "en", "Relations date back to the 1990s and grew in 2000s.", pub, nil},
		{"en month 13", "en", "Version 2024-13-01 and 2024-02-30 are not dates.", pub, nil},
		{"en year out of range", "en", "In 1850 and in 2150 nothing happened.", pub, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := dates.Find(tt.text, tt.lang, tt.pub)
			g := got(ms)
			if fmt.Sprint(g) != fmt.Sprint(tt.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tt.text, g, tt.want)
			}
			for _, m := range ms {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d..%d do not give %q", m.Start, m.End, m.Text)
				}
			}
		})
	}
}
