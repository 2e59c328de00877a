package gazetteer_test

import "testing"

func TestCityForms(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ text, city string }{
		{"Переговоры прошли в Ұлан-Батор қаласында.", "Ulaanbaatar"},
		{"Кездесу Ұлан-Баторда өтті.", "Ulaanbaatar"},
		{"В Ханое открылся форум.", "Hanoi"},
		{"The forum was held in Kuala Lumpur.", "Kuala Lumpur"},
		{"Форум прошёл в Куала-Лумпуре.", "Kuala Lumpur"},
		{"Жиын Нур-Султанда өтті.", "Astana"},
		{"The summit took place in Nur-Sultan.", "Astana"},
		{"Встреча состоялась в Минске.", "Minsk"},
		{"Кездесу Минскіде өтті.", "Minsk"},
		{"Кездесу Минскте өтті.", "Minsk"},
		{"Переговоры в Ашхабаде.", "Ashgabat"},
		{"Келіссөздер Ашғабатта өтті.", "Ashgabat"},
		{"Саммит в Эр-Рияде.", "Riyadh"},
		{"talks in Riyadh", "Riyadh"},
		{"Кездесу Эр-Риядта өтті.", "Riyadh"},
		{"Встреча в Дохе.", "Doha"},
		{"Кездесу Дохада өтті.", "Doha"},
		{"Встреча в Варшаве.", "Warsaw"},
		{"Кездесу Варшавада өтті.", "Warsaw"},
		{"Встреча в Берне.", "Bern"},
		{"Кездесу Бернде өтті.", "Bern"},
		{"Встреча в Женеве.", "Geneva"},
		{"Кездесу Женевада өтті.", "Geneva"},
		{"Встреча в Мадриде.", "Madrid"},
		{"Встреча в Рабате.", "Rabat"},
		{"Встреча в Каире.", "Cairo"},
		{"Кездесу Каирде өтті.", "Cairo"},
		{"Встреча в Бразилиа.", "Brasilia"},
		{"Встреча в Сингапуре.", "Singapore"},
		{"Кездесу Сингапурда өтті.", "Singapore"},
		{"Встреча в Нью-Дели.", "New Delhi"},
		{"Кездесу Нью-Делиде өтті.", "New Delhi"},
		{"Встреча в Тегеране.", "Tehran"},
		{"Кездесу Тегеранда өтті.", "Tehran"},
		{"Встреча в Гаване.", "Havana"},
		{"Встреча в Ереване.", "Yerevan"},
		{"Кездесу Ереванда өтті.", "Yerevan"},
	}
	for _, tt := range tests {
		ok := false
		for _, m := range g.Cities(tt.text) {
			if m.Name == tt.city && m.Locative && m.Seat == "" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Cities(%q) = %s; want %s, locative", tt.text, cityString(g.Cities(tt.text)), tt.city)
		}
	}
}

func TestSeats(t *testing.T) {
	g := mustGaz(t)
	tests := []struct{ text, city, seat string }{
		{"Кездесу Ақордада өтті.", "Astana", "Akorda"},
		{"Переговоры прошли в Акорде.", "Astana", "Akorda"},
		{"Talks were held at the Akorda.", "Astana", "Akorda"},
		{"Переговоры прошли в Ак-Орде.", "Astana", "Akorda"},
		{"Встреча прошла в Кремле.", "Moscow", "Kremlin"},
		{"Кездесу Кремльде өтті.", "Moscow", "Kremlin"},
		{"They met in the Kremlin.", "Moscow", "Kremlin"},
		{"Прием в Елисейском дворце.", "Paris", "Elysee Palace"},
		{"a dinner at the Élysée Palace", "Paris", "Elysee Palace"},
		{"Переговоры в Ак-Сарае.", "Ankara", "Ak Saray"},
		{"talks at Downing Street", "London", "Downing Street"},
		// Not a place: the seat stands for a government.
		{"The Kremlin said on Monday.", "", ""},
		{"Ақорданың баспасөз қызметі хабарлады.", "", ""},
		// Aksaray is also a Turkish city: not a seat.
		{"The delegation visited Aksaray.", "", ""},
	}
	for _, tt := range tests {
		ms := g.Cities(tt.text)
		if tt.city == "" {
			for _, m := range ms {
				if m.Seat != "" {
					t.Errorf("Cities(%q) = %+v; want no seat", tt.text, ms)
				}
			}
			continue
		}
		if len(ms) != 1 || ms[0].Name != tt.city || ms[0].Seat != tt.seat || !ms[0].Locative {
			t.Errorf("Cities(%q) = %+v; want %s (%s), locative", tt.text, ms, tt.city, tt.seat)
		}
	}
	if c, ok := g.LookupCity("Акорде"); !ok || c.Name != "Astana" {
		t.Errorf("LookupCity(Акорде) = %+v, %v", c, ok)
	}
}
