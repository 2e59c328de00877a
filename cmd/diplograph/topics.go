package main

import "github.com/diplograph/diplograph"

// topicNames gives the names of each topic in en, ru and kk.
var topicNames = map[string][3]string{
	"cinema":              {"Cinema", "Кино", "Кино"},
	"theatre":             {"Theatre", "Театр", "Театр"},
	"music":               {"Music", "Музыка", "Музыка"},
	"museums":             {"Museums", "Музеи", "Музейлер"},
	"libraries":           {"Libraries", "Библиотеки", "Кітапханалар"},
	"archives":            {"Archives", "Архивы", "Мұрағаттар"},
	"heritage":            {"Heritage", "Наследие", "Мұра"},
	"archaeology":         {"Archaeology", "Археология", "Археология"},
	"animation":           {"Animation", "Анимация", "Анимация"},
	"fine_arts":           {"Fine arts", "Изобразительное искусство", "Бейнелеу өнері"},
	"literature":          {"Literature and publishing", "Литература и книгоиздание", "Әдебиет және кітап шығару"},
	"education":           {"Education", "Образование", "Білім беру"},
	"science":             {"Science", "Наука", "Ғылым"},
	"tourism":             {"Tourism", "Туризм", "Туризм"},
	"media":               {"Media", "СМИ", "БАҚ"},
	"youth":               {"Youth", "Молодёжь", "Жастар"},
	"volunteering":        {"Volunteering", "Волонтёрство", "Волонтерлік"},
	"civil_society":       {"Civil society", "Гражданское общество", "Азаматтық қоғам"},
	"creative_industries": {"Creative industries", "Креативные индустрии", "Шығармашылық индустриялар"},
	"memory":              {"Memory and commemoration", "Историческая память", "Тарихи жады"},
	"trade":               {"Trade and investment", "Торговля и инвестиции", "Сауда және инвестиция"},
	"energy":              {"Energy", "Энергетика", "Энергетика"},
	"transport":           {"Transport", "Транспорт", "Көлік"},
	"industry":            {"Industry", "Промышленность", "Өнеркәсіп"},
	"agriculture":         {"Agriculture", "Сельское хозяйство", "Ауыл шаруашылығы"},
	"water":               {"Water", "Водные ресурсы", "Су ресурстары"},
	"environment":         {"Environment and climate", "Экология и климат", "Экология және климат"},
	"digital":             {"Digital and IT", "Цифровизация и ИТ", "Цифрландыру және АТ"},
	"health":              {"Health", "Здравоохранение", "Денсаулық сақтау"},
	"security":            {"Security and defence", "Безопасность и оборона", "Қауіпсіздік және қорғаныс"},
	"other":               {"Other", "Другое", "Басқа"},
}

// topics returns the topic vocabulary with its names.
func topics() []diplograph.Topic {
	out := make([]diplograph.Topic, 0, len(diplograph.Topics))
	for _, k := range diplograph.Topics {
		n := topicNames[k]
		if n[0] == "" {
			n = [3]string{k, k, k}
		}
		out = append(out, diplograph.Topic{Key: k, NameEN: n[0], NameRU: n[1], NameKK: n[2]})
	}
	return out
}
