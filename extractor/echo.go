package extractor

import (
	"slices"

	"github.com/diplograph/diplograph"
)

// dropEchoes drops the meetings that only echo another event of the
// article: a MEETING with no participants whose every evidence sentence
// also supports a commission's session or another meeting of the same
// status, date and countries, as when a sentence refers back to the
// session as "the meeting" ("По итогам встречи министры подписали ...",
// "Following the meeting, ..."). A meeting told within a visit's
// programme is an event of its own and stays. Agreements concluded at a dropped meeting are concluded at the
// event it echoes (and anchored there, as agreements.go anchors them).
func dropEchoes(f *diplograph.Facts) {
	target := make([]int, len(f.Events))
	dropped := false
	for i := range f.Events {
		target[i] = echoed(f.Events, i)
		dropped = dropped || target[i] >= 0
	}
	if !dropped {
		return
	}
	moved := map[string]string{}
	for i, j := range target {
		if j >= 0 {
			moved[f.Events[i].ID] = f.Events[j].ID
			f.Events[j].Primary = f.Events[j].Primary || f.Events[i].Primary
		}
	}
	keep := f.Events[:0:0]
	for i, e := range f.Events {
		if target[i] < 0 {
			keep = append(keep, e)
		}
	}
	f.Events = keep
	for i := range f.Agreements {
		a := &f.Agreements[i]
		if to, ok := moved[a.EventID]; ok {
			a.EventID = to
			a.ID = diplograph.AgreementID(a.Kind, a.Countries, a.Parties, to)
		}
	}
}

// echoed returns the index of the event that event i of es only echoes,
// or -1 (see dropEchoes). Of two bare meetings told by the same
// sentences, the first stays.
func echoed(es []diplograph.Event, i int) int {
	e := es[i]
	if e.Type != diplograph.EventMeeting || len(e.Participants) > 0 || len(e.Evidence) == 0 {
		return -1
	}
	for j, o := range es {
		if j == i || (o.Type != diplograph.EventCommissionSession && o.Type != diplograph.EventMeeting) ||
			o.Status != e.Status || o.Date != e.Date || !sameSet(o.Countries, e.Countries) {
			continue
		}
		if o.Type == diplograph.EventMeeting && len(o.Participants) == 0 && j > i {
			continue
		}
		covered := true
		for _, ev := range e.Evidence {
			if !slices.ContainsFunc(o.Evidence, func(x diplograph.Evidence) bool { return x.Start == ev.Start && x.End == ev.End }) {
				covered = false
				break
			}
		}
		if covered {
			return j
		}
	}
	return -1
}
