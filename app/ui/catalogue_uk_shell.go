//go:build !englishonly

package ui

// The Ukrainian words of the frame every page shares (shell.go) and of
// what the server writes into pages (head_text.go).

func init() {
	translate(Ukrainian, map[string]string{
		"Skip to content": "Перейти до змісту",
		"Main":            "Головне меню",
		"All pages":       "Усі сторінки",
		"Built from a CNN report on the Istanbul peace talks of March 2022, retold in our own words. Background beyond the report is marked as such.": "Створено на основі репортажу CNN про мирні переговори в Стамбулі в березні 2022 року, переказаного нашими словами. Контекст, якого немає в репортажі, позначено окремо.",
		"You are using release ": "Ви користуєтеся випуском ",
		" of this app. It updates itself when you are online; quote this code when you report a problem.":                                        " цього застосунку. Він оновлюється сам, коли ви в мережі; назвіть цей код, коли повідомляєте про проблему.",
		"Open the full app: explainer, timeline and more (new tab)":                                                                              "Відкрити повний застосунок: пояснення, хронологія та інше (нова вкладка)",
		"A short explainer and quiz on why Ukraine refuses another Budapest-style memorandum and asks for ratified security guarantees instead.": "Коротке пояснення і тест про те, чому Україна відмовляється від нового меморандуму на зразок Будапештського і натомість просить ратифікованих гарантій безпеки.",
		"Loading the quiz… {progress}%": "Завантаження тесту… {progress}%",
		"The interactive quiz could not start: its program did not download completely. The text on this page still works.": "Інтерактивний тест не запустився: його програма завантажилася не повністю. Текст на цій сторінці працює й так.",
		"Try again": "Спробувати ще раз",
		"Your display settings apply now but cannot be saved on this device.": "Налаштування вигляду вже діють, але зберегти їх на цьому пристрої не вдається.",
	})
}
