package extractor_test

import "testing"

// TestMeetingThatEchoesASession checks that "the meeting" a later sentence
// refers back to is the session told before, not a second event, and that
// the document signed "following the meeting" is concluded at it.
func TestMeetingThatEchoesASession(t *testing.T) {
	text := "date 2026-04-14\n" +
		"В Бишкеке прошло заседание Совета министров иностранных дел Кыргызстана и Казахстана\n" +
		"\n" +
		"14 апреля в Бишкеке под председательством министра иностранных дел Кыргызской Республики Азамата Бекова и министра иностранных дел Республики Казахстан Данияра Омарова состоялось очередное заседание Совета министров иностранных дел двух стран.\n" +
		"\n" +
		"Стороны обсудили пропуск грузов через границу и графики подачи воды.\n" +
		"\n" +
		"По итогам встречи министры подписали План консультаций между министерствами иностранных дел Кыргызстана и Казахстана на 2027–2028 годы.\n"
	f := extract(t, text, "")
	if len(f.Events) != 1 || len(f.Events[0].Participants) != 2 {
		t.Fatalf("events %+v, want the council's session alone, with its two ministers", f.Events)
	}
	if len(f.Agreements) != 1 || f.Agreements[0].EventID != f.Events[0].ID {
		t.Errorf("agreements %+v, want the protocol concluded at the session %s", f.Agreements, f.Events[0].ID)
	}
}
