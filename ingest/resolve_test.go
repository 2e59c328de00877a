package ingest_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/diplograph/diplograph"
	"github.com/diplograph/diplograph/ingest"
)

// doc builds a document of one event as an extractor would give it.
func doc(article, published, typ, date, city string, participants ...string) diplograph.Document {
	countries := []string{"KZ", "UZ"}
	e := diplograph.Event{Type: typ, Status: diplograph.StatusHeld, Date: date, City: city,
		Countries: countries, Participants: participants}
	e.ID = diplograph.EventID(typ, countries, date, article+"/0")
	a := diplograph.Agreement{Kind: diplograph.KindPlan, Status: diplograph.AgreementSigned,
		Countries: countries, EventID: e.ID}
	a.ID = diplograph.AgreementID(a.Kind, a.Countries, nil, e.ID)
	return diplograph.Document{
		Article: diplograph.Article{ID: article, Published: published},
		Facts:   diplograph.Facts{ArticleID: article, Events: []diplograph.Event{e}, Agreements: []diplograph.Agreement{a}},
	}
}

// finder is an EventFinder over a fixed list of stored events, each
// reported by an article of its own published on reported.
type finder struct {
	stored   []diplograph.Event
	reported string
}

func (f finder) EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]string, error) {
	out := make([][]string, len(probes))
	for i, p := range probes {
		for _, s := range f.stored {
			if s.Type == p.Event.Type {
				out[i] = append(out[i], s.ID)
			}
		}
	}
	return out, nil
}

func (f finder) ReportingDocuments(ctx context.Context, ids []string, limit int) ([]diplograph.StoredDocument, error) {
	var out []diplograph.StoredDocument
	for i, s := range f.stored {
		if slices.Contains(ids, s.ID) {
			art := fmt.Sprintf("stored-%d", i)
			out = append(out, diplograph.StoredDocument{EventIDs: []string{s.ID}, Document: diplograph.Document{
				Article: diplograph.Article{ID: art, Published: f.reported},
				Facts:   diplograph.Facts{ArticleID: art, Events: []diplograph.Event{s}}}})
		}
	}
	return out, nil
}

func (f finder) ArticleDocuments(ctx context.Context, ids []string) ([]diplograph.StoredDocument, error) {
	return nil, nil
}

func TestResolveBatch(t *testing.T) {
	const m = diplograph.EventMeeting
	tests := []struct {
		name   string
		docs   []diplograph.Document
		stored []diplograph.Event
		merged int
		same   bool // the events of the first two documents end with one id
	}{
		{name: "same date: one id already", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")}, merged: 1, same: true},
		{name: "a day apart with a common participant in another spelling: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliyev"),
			doc("b", "2025-03-15", m, "2025-03-15", "Tashkent", "Rustam Nazaraliev")}, merged: 1, same: true},
		{name: "a day apart, the common participant named by his initial in one: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "2025-03-15", m, "2025-03-15", "", "B. Tleumbetov")}, merged: 1, same: true},
		{name: "a day apart, the same surname with another initial: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-15", m, "2025-03-15", "", "A. Tleumbetov")}, merged: 0, same: false},
		{name: "a day apart, the same surname with another given name: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-15", m, "2025-03-15", "", "Askar Tleumbetov")}, merged: 0, same: false},
		{name: "the same day, one report names a minister twice (in full and by surname): merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Rustam Nazaraliev", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-14", m, "2025-03-14", "", "Rustam Nazaraliev", "Nazaraliev")}, merged: 1, same: true},
		{name: "two days apart: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-16", m, "2025-03-16", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "months apart, same ministers: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "2025-06-20", m, "2025-06-20", "Astana", "Bakhyt Tleumbetov", "Rustam Nazaraliev")}, merged: 0, same: false},
		{name: "a day in the month of the other, a common participant: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-20", m, "2025-03", "", "Bakhyt Tleumbetov")}, merged: 1, same: true},
		{name: "a day in the month of the other, no common participant: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-20", m, "2025-03", "", "Rustam Nazaraliev")}, merged: 0, same: false},
		{name: "a day in the year of the other: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "2025-12-20", m, "2025", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")}, merged: 0, same: false},
		{name: "a year alone, reported two days after the other's day: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-16", m, "2025", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "a visit with no date anywhere, its traveller in the same city: merged", docs: []diplograph.Document{
			doc("a", "", diplograph.EventVisit, "2025-04-23", "Samarkand", "Rustam Nazaraliev"),
			doc("b", "", diplograph.EventVisit, "", "Samarkand", "Rustam Nazaraliev")}, merged: 1, same: true},
		{name: "a meeting with no date anywhere, one common participant in the same city: two events", docs: []diplograph.Document{
			doc("a", "", m, "2025-04-23", "Samarkand", "Rustam Nazaraliev", "Bakhyt Tleumbetov"),
			doc("b", "", m, "", "Samarkand", "Rustam Nazaraliev")}, merged: 0, same: false},
		{name: "a day apart in different cities: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-15", m, "2025-03-15", "Samarkand", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "a day apart without a common participant: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-15", m, "2025-03-15", "", "Rustam Nazaraliev")}, merged: 0, same: false},
		{name: "other type: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-15", diplograph.EventPhoneCall, "2025-03-15", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated, same participants, published close: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "2025-03-17", m, "", "", "Rustam Nazaraliev", "Bakhyt Tleumbetov")}, merged: 1, same: true},
		{name: "undated, published far apart: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "2025-05-17", m, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")}, merged: 0, same: false},
		{name: "undated, other participants: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "2025-03-14", m, "", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated, reported the day after a dated report with a common participant: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-15", m, "", "", "Bakhyt Tleumbetov")}, merged: 1, same: true},
		{name: "undated, reported before the dated event happened: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-03-10", m, "", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated, reported weeks after the dated event: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
			doc("b", "2025-04-20", m, "", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated and unpublished session, the same two co-chairs: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", diplograph.EventCommissionSession, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "", diplograph.EventCommissionSession, "", "Tashkent", "Rustam Nazaraliyev", "Bakhyt Tleumbetov")}, merged: 1, same: true},
		{name: "undated and unpublished meeting, the same two ministers: two events (they meet often)", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "", m, "", "Tashkent", "Rustam Nazaraliyev", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated and unpublished session, one common participant: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", diplograph.EventCommissionSession, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "", diplograph.EventCommissionSession, "", "", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated and unpublished session, in another city: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", diplograph.EventCommissionSession, "2025-03-14", "Astana", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "", diplograph.EventCommissionSession, "", "Tashkent", "Rustam Nazaraliev", "Bakhyt Tleumbetov")}, merged: 0, same: false},
		{name: "undated and unpublished meeting, the same two ministers in the same city: merged", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "", m, "", "Tashkent", "Rustam Nazaraliyev", "Bakhyt Tleumbetov")}, merged: 1, same: true},
		{name: "undated and unpublished meeting, the same two ministers, one common participant in the same city: two events", docs: []diplograph.Document{
			doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliev"),
			doc("b", "", m, "", "Tashkent", "Rustam Nazaraliyev")}, merged: 0, same: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &ingest.Resolver{Finder: finder{stored: tt.stored}}
			_, _, merged, err := r.ResolveBatch(context.Background(), tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			if merged != tt.merged {
				t.Errorf("merged = %d, want %d", merged, tt.merged)
			}
			a, b := tt.docs[0].Facts.Events[0].ID, tt.docs[1].Facts.Events[0].ID
			if (a == b) != tt.same {
				t.Errorf("ids %s and %s: same = %v, want %v", a, b, a == b, tt.same)
			}
			for _, d := range tt.docs {
				ag := d.Facts.Agreements[0]
				if ag.EventID != d.Facts.Events[0].ID {
					t.Errorf("agreement follows %s, event is %s", ag.EventID, d.Facts.Events[0].ID)
				}
				if want := diplograph.AgreementID(ag.Kind, ag.Countries, nil, ag.EventID); ag.ID != want {
					t.Errorf("agreement id %s, want %s (anchored on its event)", ag.ID, want)
				}
			}
		})
	}
}

// Two undated, unpublished reports of talks and of the visit they were
// held in: the talks tie on their two participants and the city, and the
// visit, with its one visitor in the same city, follows them.
func TestVisitBesideTiedTalks(t *testing.T) {
	two := func(article string) diplograph.Document {
		d := doc(article, "", diplograph.EventMeeting, "", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
		v := diplograph.Event{Type: diplograph.EventVisit, Status: diplograph.StatusHeld, City: "Tashkent",
			Countries: []string{"KZ", "UZ"}, Participants: []string{"Bakhyt Tleumbetov"}}
		v.ID = diplograph.EventID(v.Type, v.Countries, "", article+"/1")
		d.Facts.Events = append(d.Facts.Events, v)
		return d
	}
	docs := []diplograph.Document{two("a"), two("b")}
	r := &ingest.Resolver{Finder: finder{}}
	if _, _, _, err := r.ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	for i, what := range []string{"talks", "visit"} {
		if a, b := docs[0].Facts.Events[i].ID, docs[1].Facts.Events[i].ID; a != b {
			t.Errorf("the %s: ids %s and %s, want one", what, a, b)
		}
	}
	// In another city, the visit stays apart.
	docs = []diplograph.Document{two("a"), two("b")}
	docs[1].Facts.Events[1].City = "Samarkand"
	if _, _, _, err := r.ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if docs[0].Facts.Events[1].ID == docs[1].Facts.Events[1].ID {
		t.Error("visits to two cities were made one")
	}
}

func TestResolveAgainstGraph(t *testing.T) {
	stored := doc("old", "2025-03-14", diplograph.EventMeeting, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov").Facts.Events[0]
	stored.Participants = []string{"Bakhyt Tleumbetov", "Rustam Nazaraliev"}
	d := doc("new", "2025-03-15", diplograph.EventMeeting, "2025-03-15", "", "Rustam Nazaraliyev")
	r := &ingest.Resolver{Finder: finder{stored: []diplograph.Event{stored}, reported: "2025-03-14"}}
	docs := []diplograph.Document{d}
	_, renames, merged, err := r.ResolveBatch(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	now := stored.ID
	for _, rn := range renames {
		if rn.From == stored.ID {
			now = rn.To
		}
	}
	if merged != 1 || docs[0].Facts.Events[0].ID != now {
		t.Errorf("merged %d, id %s, want the stored event's %s", merged, docs[0].Facts.Events[0].ID, now)
	}
}

// Two events of one article whose dates agree are one event: they take
// one id (the store writes them as one report).
func TestResolveMergesWithinAnArticle(t *testing.T) {
	d := doc("a", "2025-03-14", diplograph.EventMeeting, "2025-03-14", "", "Bakhyt Tleumbetov")
	e2 := d.Facts.Events[0]
	e2.Date = "2025-03-15"
	e2.ID = diplograph.EventID(e2.Type, e2.Countries, e2.Date, "")
	e2.Participants = []string{"Bakhyt Tleumbetov", "Rustam Nazaraliev"}
	d.Facts.Events = append(d.Facts.Events, e2)
	docs := []diplograph.Document{d}
	if _, _, _, err := (&ingest.Resolver{}).ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	evs := docs[0].Facts.Events
	if len(evs) != 2 || evs[0].ID != evs[1].ID {
		t.Errorf("events: %s", fmt.Sprint(evs))
	}
}

// An undated report without a publication date ties to an event only when
// it is the one event its participants share: of two sessions of the same
// co-chairs it takes neither.
func TestResolveUnboundedNeedsOneCandidate(t *testing.T) {
	const s = diplograph.EventCommissionSession
	first := doc("x", "2025-03-14", s, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev").Facts.Events[0]
	second := doc("y", "2025-09-20", s, "2025-09-20", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev").Facts.Events[0]
	for _, tt := range []struct {
		name   string
		stored []diplograph.Event
		joins  bool // the new report joins the first session
	}{
		{"one candidate", []diplograph.Event{first}, true},
		{"two candidates", []diplograph.Event{first, second}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := doc("new", "", s, "", "", "Rustam Nazaraliev", "Bakhyt Tleumbetov")
			docs := []diplograph.Document{d}
			r := &ingest.Resolver{Finder: finder{stored: tt.stored, reported: "2025-09-21"}}
			rewrite, renames, _, err := r.ResolveBatch(context.Background(), docs)
			if err != nil {
				t.Fatal(err)
			}
			// The stored session keeps its reports: it is renamed at most.
			if len(rewrite) != 0 {
				t.Errorf("%d stored documents written again", len(rewrite))
			}
			now := first.ID
			for _, rn := range renames {
				if rn.Kind == "event" && rn.From == first.ID {
					now = rn.To
				}
			}
			if got := docs[0].Facts.Events[0].ID; (got == now) != tt.joins {
				t.Errorf("id %s, the first session's %s: joined %v, want %v", got, now, got == now, tt.joins)
			}
		})
	}
}

// Two events of one article, one dated and one not, stay two events even
// with the same participants: the article tells two meetings.
func TestResolveKeepsAnArticlesTwoMeetings(t *testing.T) {
	d := doc("a", "", diplograph.EventMeeting, "2025-03-14", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	e2 := d.Facts.Events[0]
	e2.Date = ""
	e2.ID = diplograph.EventID(e2.Type, e2.Countries, "", "a/1")
	d.Facts.Events = append(d.Facts.Events, e2)
	docs := []diplograph.Document{d}
	if _, _, _, err := (&ingest.Resolver{}).ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if n := len(docs[0].Facts.Events); n != 2 {
		t.Errorf("%d events, want 2", n)
	}
}

// Reports of one body's sessions with other ordinals are two sessions;
// one visitor's meetings with two hosts the same day are two meetings.
func TestResolveDistinctiveEvidence(t *testing.T) {
	const s = diplograph.EventCommissionSession
	a := doc("a", "2025-03-14", s, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	b := doc("b", "", s, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	a.Facts.Events[0].Ordinal, b.Facts.Events[0].Ordinal = 4, 5
	docs := []diplograph.Document{a, b}
	if _, _, _, err := (&ingest.Resolver{}).ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if docs[0].Facts.Events[0].ID == docs[1].Facts.Events[0].ID {
		t.Error("the 4th and the 5th session are one event")
	}

	m := diplograph.EventMeeting
	c := doc("c", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	d := doc("d", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Jamshid Kholmatov")
	e := doc("e", "2025-03-15", m, "2025-03-14", "", "Jamshid Kholmatov", "Bakhyt Tleumbetov")
	docs = []diplograph.Document{c, d, e}
	if _, _, _, err := (&ingest.Resolver{}).ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	ids := []string{docs[0].Facts.Events[0].ID, docs[1].Facts.Events[0].ID, docs[2].Facts.Events[0].ID}
	if ids[0] == ids[1] {
		t.Error("meetings with two hosts the same day are one event")
	}
	if ids[1] != ids[2] {
		t.Error("two reports of the meeting with the second host are two events")
	}
	if got := docs[1].Facts.Agreements[0].EventID; got != ids[1] {
		t.Errorf("the agreement follows %s, its event is %s", got, ids[1])
	}

	// Days without a year tie an undated report to the dated one.
	f := doc("f", "2025-08-17", diplograph.EventPhoneCall, "2025-08-17", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	g := doc("g", "", diplograph.EventPhoneCall, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	h := doc("h", "", diplograph.EventPhoneCall, "", "", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	g.Facts.Events[0].MonthDay, h.Facts.Events[0].MonthDay = "08-17", "09-20"
	docs = []diplograph.Document{f, g, h}
	if _, _, _, err := (&ingest.Resolver{}).ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if docs[0].Facts.Events[0].ID != docs[1].Facts.Events[0].ID {
		t.Error("the call of 17 August told without a year is another call")
	}
	if docs[0].Facts.Events[0].ID == docs[2].Facts.Events[0].ID {
		t.Error("the call of 20 September is the call of 17 August")
	}
}

// A report that names no city does not bridge two reports placed in
// different cities: they stay two events, whichever it joins.
func TestNoBridgeAcrossCities(t *testing.T) {
	const m = diplograph.EventMeeting
	docs := []diplograph.Document{
		doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov"),
		doc("b", "2025-03-14", m, "2025-03-14", "", "Bakhyt Tleumbetov"),
		doc("c", "2025-03-14", m, "2025-03-14", "Samarkand", "Bakhyt Tleumbetov"),
	}
	r := &ingest.Resolver{}
	if _, _, _, err := r.ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	a, b, c := docs[0].Facts.Events[0].ID, docs[1].Facts.Events[0].ID, docs[2].Facts.Events[0].ID
	if a == c {
		t.Errorf("Tashkent and Samarkand reports are one event %s", a)
	}
	if b != a && b != c {
		t.Errorf("the report without a city joined neither: %s, %s, %s", a, b, c)
	}
}

// Two planned meetings the texts date only by their year share the
// extractor's key but are not one event for that.
func TestYearAloneIsNoKey(t *testing.T) {
	const m = diplograph.EventMeeting
	docs := []diplograph.Document{
		doc("a", "2025-02-20", m, "2025", "", "Bakhyt Tleumbetov"),
		doc("b", "2025-07-13", m, "2025", "", "Bakhyt Tleumbetov"),
	}
	r := &ingest.Resolver{}
	if _, _, _, err := r.ResolveBatch(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if a, b := docs[0].Facts.Events[0].ID, docs[1].Facts.Events[0].ID; a == b {
		t.Errorf("two meetings of 2025 are one event %s", a)
	}
}

// Explain pairs the articles whose reports of an event the rules match,
// with the rule; a report of another event, or of no rule's match, is in
// no pair.
func TestExplain(t *testing.T) {
	const m = diplograph.EventMeeting
	a := doc("a", "2025-03-14", m, "2025-03-14", "Tashkent", "Bakhyt Tleumbetov", "Rustam Nazaraliev")
	b := doc("b", "2025-03-15", m, "2025-03-15", "", "Rustam Nazaraliyev")
	c := doc("c", "2025-06-20", m, "2025-06-20", "", "Bakhyt Tleumbetov")
	const id = "event-x"
	var docs []diplograph.StoredDocument
	for _, d := range []diplograph.Document{a, b, c} {
		docs = append(docs, diplograph.StoredDocument{Document: d, EventIDs: []string{id}})
	}
	got := ingest.Explain(docs, id, 0)
	if len(got) != 1 || !slices.Equal(got[0].Articles, []string{"a", "b"}) || got[0].Rule != "dates a day apart, 1 common participant" {
		t.Errorf("merges %+v, want a and b, a day apart with 1 common participant", got)
	}
}

// oneArticleFinder is an EventFinder over one stored article that reports
// two events; its candidates are always the second event only.
type oneArticleFinder struct{ sd diplograph.StoredDocument }

func (f oneArticleFinder) EventCandidates(ctx context.Context, probes []diplograph.EventProbe, days int) ([][]string, error) {
	out := make([][]string, len(probes))
	for i := range probes {
		out[i] = []string{f.sd.EventIDs[1]}
	}
	return out, nil
}

func (f oneArticleFinder) ReportingDocuments(ctx context.Context, ids []string, limit int) ([]diplograph.StoredDocument, error) {
	for _, id := range ids {
		if slices.Contains(f.sd.EventIDs, id) {
			return []diplograph.StoredDocument{f.sd}, nil
		}
	}
	return nil, nil
}

func (f oneArticleFinder) ArticleDocuments(ctx context.Context, ids []string) ([]diplograph.StoredDocument, error) {
	return []diplograph.StoredDocument{f.sd}, nil
}

// An article that tells two meetings of one day with different people
// holds two nodes: the first with the extractor's key, the second with
// one made of it. When only the second comes into play, its group must
// not take the key the first holds (the write would fail on the graph's
// unique id): the first comes into play too, though no new document
// reports it.
func TestResolveBringsTheHolderOfAKeyIntoPlay(t *testing.T) {
	const m = diplograph.EventMeeting
	countries := []string{"KZ", "UZ"}
	key := diplograph.EventID(m, countries, "2025-03-14", "")
	second := diplograph.StableID("event", key, "stored#0001")
	ev := func(people ...string) diplograph.Event {
		return diplograph.Event{ID: key, Type: m, Status: diplograph.StatusHeld, Date: "2025-03-14",
			Countries: countries, Participants: people}
	}
	sd := diplograph.StoredDocument{EventIDs: []string{key, second}, Document: diplograph.Document{
		Article: diplograph.Article{ID: "stored", Published: "2025-03-15"},
		Facts: diplograph.Facts{ArticleID: "stored", Events: []diplograph.Event{
			ev("Bakhyt Tleumbetov", "Rustam Nazaraliev"), ev("Dilnoza Rakhimova", "Jamshid Kholmatov")}}}}
	docs := []diplograph.Document{doc("new", "2025-06-02", m, "2025-06-01", "", "Jamshid Kholmatov")}
	r := &ingest.Resolver{Finder: oneArticleFinder{sd}}
	rewrite, renames, _, err := r.ResolveBatch(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, rn := range renames {
		if rn.To == key {
			t.Errorf("rename %s -> %s: the key is held by the first meeting", rn.From, rn.To)
		}
	}
	for _, d := range rewrite {
		ids := []string{d.Facts.Events[0].ID, d.Facts.Events[1].ID}
		if ids[0] == ids[1] {
			t.Errorf("the two meetings of the stored article are one event %s", ids[0])
		}
	}
}
