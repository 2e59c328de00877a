package ingest_test

import (
	"strings"
	"testing"
)

// Two reports of one summit of a body name different member states (each
// outlet its own leader and two others): they are one event, in one run
// or in two (the second found by the store's candidate query), and a
// summit of another body the same day stays apart.
func TestSummitOfOneBodyIsOneEvent(t *testing.T) {
	texts := map[string]string{
		"a.txt": "date 2026-07-05\nГлавы государств ШОС собрались в Бишкеке\n" +
			"Президент Казахстана Нурлан Абенов 4 июля 2026 года принял участие в саммите Шанхайской организации сотрудничества в Бишкеке. " +
			"На заседании Совета глав государств ШОС выступили также лидеры Китая и Пакистана.\n",
		"b.txt": "date 2026-07-04\nUzbek leader addresses SCO summit in Bishkek\n" +
			"President of Uzbekistan Bekzod Rakhimov took part in the summit of the Shanghai Cooperation Organisation held in Bishkek on July 4, 2026, " +
			"alongside the leaders of Russia and India.\n",
		"c.txt": "date 2026-07-04\nCSTO leaders meet in Minsk\n" +
			"President of Kazakhstan Nurlan Abenov took part in the summit of the Collective Security Treaty Organization held in Minsk on July 4, 2026, " +
			"alongside the leaders of Russia and Armenia.\n",
	}
	path := writeTexts(t, texts)
	paths := []string{path["a.txt"], path["b.txt"], path["c.txt"]}
	for _, runs := range []bool{false, true} {
		s := openStore(t)
		if runs {
			for _, p := range paths {
				ingestPaths(t, realPipeline(s, 200), p)
			}
		} else {
			ingestPaths(t, realPipeline(s, 200), paths...)
		}
		forums := eventsOfType(snapshot(t, s), "FORUM")
		if len(forums) != 2 {
			t.Fatalf("runs %v: %d forums, want the SCO summit and the CSTO summit:\n%s", runs, len(forums), strings.Join(forums, "\n"))
		}
	}
}
