package extractor_test

import "testing"

// TestMeetingThatEchoesASession checks that "the meeting" a later sentence
// refers back to is the session told before, not a second event, and that
// the document whose signing "ended the meeting" is concluded at it.
func TestMeetingThatEchoesASession(t *testing.T) {
	text := "date 2026-04-14\n" +
		"Главы внешнеполитических ведомств Кыргызстана и Казахстана собрались на Совет министров в Оше\n" +
		"\n" +
		"14 апреля в Оше министр иностранных дел Кыргызской Республики Эрмек Сатыбеков и министр иностранных дел Республики Казахстан Данияр Омаров провели очередное заседание Совета министров иностранных дел двух стран.\n" +
		"\n" +
		"Стороны обсудили пропуск грузов через границу и графики подачи воды.\n" +
		"\n" +
		"Встреча министров Кыргызстана и Казахстана завершилась подписанием программы консультаций.\n"
	f := extract(t, text, "")
	if len(f.Events) != 1 || len(f.Events[0].Participants) != 2 {
		t.Fatalf("events %+v, want the council's session alone, with its two ministers", f.Events)
	}
	if len(f.Agreements) != 1 || f.Agreements[0].EventID != f.Events[0].ID {
		t.Errorf("agreements %+v, want the programme concluded at the session %s", f.Agreements, f.Events[0].ID)
	}
}
