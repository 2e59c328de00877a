package dates_test

import (
	"testing"

	"github.com/diplograph/diplograph/extractor/dates"
)

// mention is the observable result of one mention in TestFindMore.
type mention struct {
	text, from, to string
	part           dates.Part
	until, dl      bool
}

func TestFindMore(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 1, Day: 10} // a Saturday
	tests := []struct {
		name, text string
		want       []mention
	}{
		// Russian days in words.
		{"ru day in words", "Двадцать третьего января министры провели переговоры.",
			[]mention{{text: "Двадцать третьего января", from: "2026-01-23"}}},
		{"ru ordinal day in words", "Первое февраля 2026 года объявлено днем открытия.",
			[]mention{{text: "Первое февраля 2026 года", from: "2026-02-01"}}},
		{"ru ordinal that is no day", "Стороны провели второго мая не заседание, а второй раунд.",
			[]mention{{text: "второго мая", from: "2026-05-02"}}},
		{"ru ordinal of a round", "Начался второй раунд переговоров.", nil},
		// English day and month forms.
		{"en weekday month first", "The forum opens on Monday, January 19, 2026, in the capital.",
			[]mention{{text: "on Monday, January 19, 2026", from: "2026-01-19"}}},
		{"en weekday day first", "Wednesday, 21 January 2026 — the delegation arrived.",
			[]mention{{text: "Wednesday, 21 January 2026", from: "2026-01-21"}}},
		{"ru weekday with date", "Встреча пройдет в четверг, 22 января.",
			[]mention{{text: "в четверг, 22 января", from: "2026-01-22"}}},
		{"en abbreviated month period", "Signed on Jan. 19, 2026 in the capital.",
			[]mention{{text: "Jan. 19, 2026", from: "2026-01-19"}}},
		{"en abbreviated month", "Published 19 Jan 2026.",
			[]mention{{text: "19 Jan 2026", from: "2026-01-19"}}},
		{"en ordinal", "The talks resume on January 19th.",
			[]mention{{text: "January 19th", from: "2026-01-19"}}},
		{"en of", "They meet on the 19th of January.",
			[]mention{{text: "19th of January", from: "2026-01-19"}}},
		{"en from to", "The fair runs from 3 to 5 June.",
			[]mention{{text: "from 3 to 5 June", from: "2026-06-03", to: "2026-06-05"}}},
		{"en month day range", "The session is set for June 3-5, 2026.",
			[]mention{{text: "June 3-5, 2026", from: "2026-06-03", to: "2026-06-05"}}},
		{"en day range", "Consultations on 3–5 June.",
			[]mention{{text: "3–5 June", from: "2026-06-03", to: "2026-06-05"}}},
		// Kazakh and Russian ranges.
		{"kk range days", "Форум 1-2 қазан күндері өтеді.",
			[]mention{{text: "1-2 қазан күндері", from: "2025-10-01", to: "2025-10-02"}}},
		{"kk range locative", "Кездесулер 1–2 қазанда өтеді.",
			[]mention{{text: "1–2 қазанда", from: "2025-10-01", to: "2025-10-02"}}},
		{"kk genitive range", "Көрме қазанның 1-2-сі күндері өтеді.",
			[]mention{{text: "қазанның 1-2-сі күндері", from: "2025-10-01", to: "2025-10-02"}}},
		{"kk year range", "Саммит 2026 жылғы 1-2 қазанда өтеді.",
			[]mention{{text: "2026 жылғы 1-2 қазанда", from: "2026-10-01", to: "2026-10-02"}}},
		{"ru dash range", "Конференция пройдет 1–2 октября.",
			[]mention{{text: "1–2 октября", from: "2025-10-01", to: "2025-10-02"}}},
		{"ru and range", "Переговоры состоятся 1 и 2 октября.",
			[]mention{{text: "1 и 2 октября", from: "2025-10-01", to: "2025-10-02"}}},
		{"ru s po", "Выставка работает с 3 по 5 июня.",
			[]mention{{text: "с 3 по 5 июня", from: "2026-06-03", to: "2026-06-05"}}},
		// Months named from the published one.
		{"ru next month", "Делегация приедет в следующем месяце.",
			[]mention{{text: "следующем месяце", from: "2026-02"}}},
		{"en last month", "The road was opened last month.",
			[]mention{{text: "last month", from: "2025-12"}}},
		{"kk next month", "Топ отырысы келесі айда өтеді.",
			[]mention{{text: "келесі айда", from: "2026-02"}}},
		{"kk month of this year", "Көрме биылғы сәуірде ашылады.",
			[]mention{{text: "биылғы сәуірде", from: "2026-04"}}},
		{"kk month alone in the locative", "Көрме маусымда ашылады.",
			[]mention{{text: "маусымда", from: "2026-06"}}},
		{"kk city in the locative is no month", "Көрме Қазанда ашылады.", nil},
		{"kk month of last year voiced", "Зауыт өткен жылдың қыркүйегінде салынды.",
			[]mention{{text: "өткен жылдың қыркүйегінде", from: "2025-09"}}},
		// Parts of months and years.
		{"ru begin of month", "Визит ожидается в начале октября.",
			[]mention{{text: "в начале октября", from: "2025-10", part: dates.PartBegin}}},
		{"ru middle of month", "Решение примут в середине марта.",
			[]mention{{text: "в середине марта", from: "2026-03", part: dates.PartMiddle}}},
		{"ru end of year", "Завод откроется в конце 2025 года.",
			[]mention{{text: "в конце 2025 года", from: "2025", part: dates.PartEnd}}},
		{"ru end of last year", "Соглашение подписали в конце прошлого года.",
			[]mention{{text: "в конце прошлого года", from: "2025", part: dates.PartEnd}}},
		{"en early month", "A visit is planned for early October.",
			[]mention{{text: "early October", from: "2025-10", part: dates.PartBegin}}},
		{"en mid month", "Talks will resume in mid-March.",
			[]mention{{text: "in mid-March", from: "2026-03", part: dates.PartMiddle}}},
		{"en late year", "The plant opened in late 2025.",
			[]mention{{text: "in late 2025", from: "2025", part: dates.PartEnd}}},
		{"en end of year", "It should be ready by the end of 2026.",
			[]mention{{text: "by the end of 2026", from: "2026", part: dates.PartEnd}}},
		{"kk begin of month", "Сапар қазанның басында өтеді.",
			[]mention{{text: "қазанның басында", from: "2025-10", part: dates.PartBegin}}},
		{"kk end of year", "Зауыт 2025 жылдың соңында ашылады.",
			[]mention{{text: "2025 жылдың соңында", from: "2025", part: dates.PartEnd}}},
		{"en mid year", "The line should open by mid-2027.",
			[]mention{{text: "by mid-2027", from: "2027", part: dates.PartMiddle}}},
		{"en late weekday", "The minister said late Monday that talks would go on.",
			[]mention{{text: "late Monday", from: "2026-01-05"}}},
		{"en early weekday", "They arrived early Tuesday.",
			[]mention{{text: "early Tuesday", from: "2026-01-06"}}},
		{"en quarter of a year", "The session is due during the first quarter of 2028.",
			[]mention{{text: "2028", from: "2028"}}},
		{"en half of a year", "The forum will take place in the second half of 2027.",
			[]mention{{text: "2027", from: "2027"}}},
		{"ru month for", "Заседание комиссии запланировано на апрель.",
			[]mention{{text: "апрель", from: "2026-04"}}},
		{"en last weekday", "They held talks in Astana last Tuesday.",
			[]mention{{text: "last Tuesday", from: "2026-01-06"}}},
		{"en last weekday of publication", "The ministers met last Saturday.",
			[]mention{{text: "last Saturday", from: "2026-01-03"}}},
		{"ru last weekday", "Переговоры прошли в прошлый вторник.",
			[]mention{{text: "в прошлый вторник", from: "2026-01-06"}}},
		// End dates.
		{"ru until run", "Выставка продлится до 27 мая.",
			[]mention{{text: "27 мая", from: "2026-05-27", until: true}}},
		{"ru until open", "Экспозиция будет открыта до 27 мая 2026 года.",
			[]mention{{text: "27 мая 2026 года", from: "2026-05-27", until: true}}},
		{"en until", "The exhibition will run until May 27.",
			[]mention{{text: "May 27", from: "2026-05-27", until: true}}},
		{"en through", "The exhibition runs through June 3.",
			[]mention{{text: "June 3", from: "2026-06-03", until: true}}},
		{"kk until", "Көрме 27 мамырға дейін жалғасады.",
			[]mention{{text: "27 мамырға", from: "2026-05-27", until: true}}},
		{"ru until end of year", "Программа действует до конца 2026 года.",
			[]mention{{text: "конца 2026 года", from: "2026", part: dates.PartEnd, until: true}}},
		{"ru range is no until", "Форум пройдет с 3 до 5 июня.",
			[]mention{{text: "с 3 до 5 июня", from: "2026-06-03", to: "2026-06-05"}}},
		// Datelines.
		{"en dateline", "ASTANA, March 4 (Xinhua) -- The ministers met on Tuesday.",
			[]mention{{text: "March 4", from: "2026-03-04", dl: true}, {text: "on Tuesday", from: "2026-01-06"}}},
		{"en dateline two words", "NEW DELHI, Jan. 9 (Reuters) - Officials said.",
			[]mention{{text: "Jan. 9", from: "2026-01-09", dl: true}}},
		{"ru dateline", "АСТАНА, 4 марта. /Корр./ - Министры встретились 3 марта.",
			[]mention{{text: "4 марта", from: "2026-03-04", dl: true}, {text: "3 марта", from: "2026-03-03"}}},
		{"not a dateline mid line", "The meeting in ASTANA, March 4 was short.",
			[]mention{{text: "March 4", from: "2026-03-04"}}},
		{"not a dateline lower case", "Astana, March 4 was chosen.",
			[]mention{{text: "March 4", from: "2026-03-04"}}},
	}
	for _, tt := range tests {
		ms := dates.Find(tt.text, "", pub)
		var gotm []mention
		for _, m := range ms {
			gotm = append(gotm, mention{m.Text, m.From.String(), m.To.String(), m.Part, m.Until, m.Dateline})
		}
		if len(gotm) != len(tt.want) {
			t.Errorf("%s: Find(%q) = %+v; want %+v", tt.name, tt.text, gotm, tt.want)
			continue
		}
		for i := range gotm {
			if gotm[i] != tt.want[i] {
				t.Errorf("%s: Find(%q)[%d] = %+v; want %+v", tt.name, tt.text, i, gotm[i], tt.want[i])
			}
		}
	}
}

func TestEndDate(t *testing.T) {
	pub := dates.Date{Year: 2026, Month: 1, Day: 10}
	for _, tt := range []struct{ text, want string }{
		{"Выставка продлится до 27 мая.", "2026-05-27"},
		{"Форум пройдет с 3 по 5 июня.", "2026-06-05"},
		{"Встреча прошла 14 января.", "2026-01-14"},
	} {
		ms := dates.Find(tt.text, "", pub)
		if len(ms) != 1 || ms[0].EndDate().String() != tt.want {
			t.Errorf("Find(%q) = %+v; want one mention ending %s", tt.text, ms, tt.want)
		}
	}
}
