//go:build !englishonly

package ui

// The Ukrainian catalogue: the interface's words, keyed by the English
// (lang.go). The lesson's own words are in questions/uk/. A plural is
// keyed "one|many" and gives the forms for one, few and many
// ("питання|питання|питань": 1, 2–4, 5 and more).

func init() {
	translate(Ukrainian, map[string]string{
		// The app's name stays as it is, in every language.
		"Beyond Budapest": "Beyond Budapest",
		"Beyond Budapest: why Ukraine wants ratified guarantees": "Beyond Budapest: чому Україна хоче ратифікованих гарантій",

		// Pages.
		"Explainer":         "Пояснення",
		"Timeline":          "Хронологія",
		"Key terms":         "Ключові терміни",
		"Who said what":     "Хто що сказав",
		"Sources and facts": "Джерела і факти",
		"Quiz":              "Тест",
		"Results":           "Результати",
		"Review":            "Повторення",
		"Why not another Budapest? In five points": "Чому не новий Будапешт? У п’яти пунктах",
		"Why not another Budapest?":                "Чому не новий Будапешт?",
		"For teachers":                             "Для вчителів",
		"Worksheet":                                "Робочий аркуш",
		"Answer key":                               "Ключ відповідей",
		"Settings":                                 "Налаштування",
		"Class results":                            "Результати класу",

		// Plurals.
		"answer|answers":                   "відповідь|відповіді|відповідей",
		"attempt|attempts":                 "спроба|спроби|спроб",
		"earlier attempt|earlier attempts": "попередня спроба|попередні спроби|попередніх спроб",
		"file|files":                       "файл|файли|файлів",
		"minute|minutes":                   "хвилина|хвилини|хвилин",
		"missed question|missed questions": "питання з помилкою|питання з помилками|питань з помилками",
		"question|questions":               "питання|питання|питань",
	})
}
