package extractor_test

import (
	"testing"

	"github.com/diplograph/diplograph"
)

// TestMeetingThatEchoesASession checks that "the meeting" a later sentence
// refers back to is the session told before, not a second event, and that
// the document signed "following the meeting" is concluded at the session.
func TestMeetingThatEchoesASession(t *testing.T) {
	text := "date 2026-04-14\n" +
		"14 апреля в Минске под председательством министра экономики Республики Беларусь Павла Карпенко и министра экономики Монголии Ганболда Очира состоялось пятое заседание межправительственной комиссии по торгово-экономическому сотрудничеству.\n\n" +
		"Стороны обсудили поставки продовольствия и сельскохозяйственной техники.\n\n" +
		"По итогам встречи министры подписали протокол заседания комиссии.\n"
	f := extract(t, text, "")
	if len(f.Events) != 1 || f.Events[0].Type != diplograph.EventCommissionSession {
		t.Fatalf("events %+v, want the session alone", f.Events)
	}
	if len(f.Agreements) != 1 || f.Agreements[0].EventID != f.Events[0].ID {
		t.Errorf("agreements %+v, want the protocol concluded at the session %s", f.Agreements, f.Events[0].ID)
	}
}
