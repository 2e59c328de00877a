package morph_test

import (
	"testing"

	"github.com/diplograph/diplograph/extractor/morph"
)

func TestPinyin(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ван Цзюньхуа", "Wang Junhua"},
		{"Ли Цзиньпин", "Li Jinping"},
		{"Чжан Минлян", "Zhang Mingliang"},
		{"Лю Сяохун", "Liu Xiaohong"},
		{"Хуан Юйцин", "Huang Yuqing"},
		{"Го Хуэйминь", "Guo Huimin"},
		{"Сунь Цзыхань", "Sun Zihan"},
	}
	for _, tt := range tests {
		if got, ok := morph.Pinyin(tt.in); !ok || got != tt.want {
			t.Errorf("Pinyin(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"Сергей Петров", "Pablo Ruiz", "Ким Мин Су"} {
		if got, ok := morph.Pinyin(in); ok {
			t.Errorf("Pinyin(%q) = %q, want no Chinese name", in, got)
		}
	}
}

func TestHepburn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Хироюки Накагава", "Hiroyuki Nakagawa"},
		{"Кэндзи Огасавара", "Kenji Ogasawara"},
		{"Кадзуо Исикава", "Kazuo Ishikawa"},
		{"Ёсимаса Хаттори", "Yoshimasa Hattori"},
		{"Тосимицу Сато", "Toshimitsu Sato"},
		{"Синъитиро Коно", "Shinichiro Kono"},
		{"Юко Оотани", "Yuko Otani"},
	}
	for _, tt := range tests {
		if got, ok := morph.Hepburn(tt.in); !ok || got != tt.want {
			t.Errorf("Hepburn(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if got, ok := morph.Hepburn("Сергей Петров"); ok {
		t.Errorf("Hepburn(Сергей Петров) = %q, want no Japanese name", got)
	}
}

func TestVietnamese(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Нгуен Ван Хунг", "Nguyen Van Hung"},
		{"Фам Минь Ту", "Pham Minh Tu"},
		{"Чан Куок Бао", "Tran Quoc Bao"},
		{"Буй Ван Шон", "Bui Van Son"},
		{"Хоанг Зыонг Тхай", "Hoang Duong Thai"},
	}
	for _, tt := range tests {
		if got, ok := morph.Vietnamese(tt.in); !ok || got != tt.want {
			t.Errorf("Vietnamese(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}
