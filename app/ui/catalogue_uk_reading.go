//go:build !englishonly

package ui

// The Ukrainian catalogue of the reading pages (home, explainer, timeline,
// key terms, people, sources, the five-point summary), the settings page
// with what the device keeps and the progress link and file, and the notes
// for browsers without JavaScript. Keyed by the English, as in
// catalogue_uk.go; the lesson's own words are in questions/uk/.

func init() {
	translate(Ukrainian, map[string]string{
		// Home.
		"In 1994 Ukraine gave up its nuclear weapons in return for promises from Russia, the United States and the United Kingdom. Background: the memorandum's English text calls them security assurances: promises to respect Ukraine's borders, not a duty to defend it. In 2022, at peace talks in Istanbul, it asked for more: guarantees in ratified treaties. This short explainer and quiz show why, and why the West hesitates.": "1994 року Україна відмовилася від ядерної зброї в обмін на обіцянки Росії, Сполучених Штатів і Великої Британії. Довідка: англійський текст меморандуму називає їх запевненнями безпеки — обіцянками поважати кордони України, а не обов’язком її захищати. 2022 року на мирних переговорах у Стамбулі Україна попросила більшого: гарантій у ратифікованих договорах. Це коротке пояснення і тест покажуть, чому вона цього хоче і чому Захід вагається.",
		"Start reading":       "Почати читати",
		"Review (%d due)":     "Повторення (на черзі: %d)",
		"What you will learn": "Що ви дізнаєтеся",
		// The links go in place of %s, in this order.
		"Also: a %s, the %s, %s and the %s.": "А ще: %s, %s, %s і %s.",
		"timeline":                           "хронологія",
		"key terms":                          "ключові терміни",
		"who said what":                      "хто що сказав",
		"sources":                            "джерела",
		// The last %s is one of the two sentences below.
		"The quiz has %s, in the order of the explainer (about %s). You get feedback after each answer, with a link back to the part of the explainer that covers it. %s": "У тесті %s, у тому ж порядку, що й у поясненні (приблизно %s). Після кожної відповіді ви побачите, чи вона правильна і чому, з посиланням на ту частину пояснення, де про це йдеться. %s",
		"Your answers and score are recorded in your course, so you can leave and carry on later.":                                                                        "Ваші відповіді й бали записуються у ваш курс, тож ви можете вийти й продовжити пізніше.",
		"Your progress is kept on this device.":  "Ваш прогрес зберігається на цьому пристрої.",
		"Start the quiz":                         "Почати тест",
		"Continue the retry (question %d of %d)": "Продовжити повторну спробу (питання %d з %d)",
		"Continue the quiz (question %d of %d)":  "Продовжити тест (питання %d з %d)",
		"The lesson could not be loaded":         "Не вдалося завантажити урок",
		"This copy of the app was built from lesson files with problems. Please tell whoever hosts it:": "Цю копію застосунку зібрано з файлів уроку, у яких є помилки. Будь ласка, повідомте про це тим, хто її розміщує:",

		// Explainer.
		"Explainer: from Budapest 1994 to Istanbul 2022": "Пояснення: від Будапешта 1994 року до Стамбула 2022 року",
		"In seven short parts: what Ukraine signed in 1994, why Ukrainian officials now call that deal pointless, what it asked for in Istanbul in March 2022, and why the West hesitates. Key claims link to the numbered facts they rest on.": "Сім коротких частин: що Україна підписала 1994 року, чому українські посадовці тепер називають ту угоду марною, чого Україна просила в Стамбулі в березні 2022 року і чому Захід вагається. Головні твердження мають посилання на пронумеровані факти, на яких вони ґрунтуються.",
		"Sections":                     "Розділи",
		"In short: ":                   "Коротко: ",
		"Source fact %s":               "Факт із джерела %s",
		"Background fact %s":           "Довідковий факт %s",
		"More":                         "Докладніше",
		"Sources: ":                    "Джерела: ",
		"More to read":                 "Що ще почитати",
		"Test yourself: take the quiz": "Перевірте себе: пройдіть тест",

		// Timeline, key terms, who said what.
		"The dated events behind the story, earliest first. Entries marked background come from well-established history, not from the source report.": "Події з датами, що стоять за цією історією, від найранішої. Записи з позначкою «Довідка» взято із загальновідомої історії, а не з репортажу-джерела.",
		"The words that matter most in this story. The difference between a promise and a binding commitment is the whole point.":                      "Слова, які найважливіші в цій історії. Уся суть — у різниці між обіцянкою і зобов’язанням, що має юридичну силу.",
		"Everyone the report quotes, with their role. Statements are in our own words; short phrases in quotation marks are theirs.":                   "Усі, кого цитує репортаж, і хто вони. Їхні заяви переказано нашими словами; короткі вислови в лапках — їхні власні.",

		// Sources and facts.
		"The source": "Джерело",
		"A CNN news report, with Kevin Liptak contributing, published in the week of the Istanbul peace talks between Ukraine and Russia (the talks were held on 29 March 2022). Its \"Wednesday\" is 30 March 2022.": "Новинний репортаж CNN, у підготовці якого брав участь Кевін Ліптак, опублікований у тиждень мирних переговорів України та Росії в Стамбулі (переговори відбулися 29 березня 2022 року). «Середа», про яку в ньому йдеться, — це 30 березня 2022 року.",
		"Everything here retells its facts in our own words; statements stay with the people who made them. The report is a re-translation; names are given in their usual spelling (Anastasia Radina).":              "Тут усі його факти переказано нашими словами, а кожну заяву приписано тому, хто її зробив. Репортаж дійшов до нас у повторному перекладі; імена подано в усталеному написанні (Анастасія Радіна).",
		"Lesson version %s.":           "Версія уроку: %s.",
		"What the report says":         "Що сказано в репортажі",
		"Background beyond the report": "Довідка поза репортажем",
		"Well-established history that helps to understand the report but is not stated in it.": "Загальновідома історія, яка допомагає зрозуміти репортаж, але в ньому не згадана.",
		"background": "довідка",

		// Why not another Budapest?
		"The whole story, short.": "Уся історія коротко.",
		"Read: %s":                "Читати: %s",
		"Practise: %s":            "Потренуватися: %s",

		// Without JavaScript: the first sentence, then the one with links
		// (in place of %s: the explainer, then the fact sheet).
		"The quiz needs JavaScript, which is turned off in this browser.":              "Для тесту потрібен JavaScript, а в цьому браузері його вимкнено.",
		"Changing the settings needs JavaScript, which is turned off in this browser.": "Щоб змінити налаштування, потрібен JavaScript, а в цьому браузері його вимкнено.",
		"Choosing the settings needs JavaScript, which is turned off in this browser.": "Щоб вибрати налаштування, потрібен JavaScript, а в цьому браузері його вимкнено.",
		"Reading result files needs JavaScript, which is turned off in this browser.":  "Щоб прочитати файли з результатами, потрібен JavaScript, а в цьому браузері його вимкнено.",
		"The %s, the %s and the worksheet for paper work without it.":                  "Без нього працюють %s, %s і робочий аркуш для роботи на папері.",
		"fact sheet": "сторінка «Джерела і факти»",

		// Settings.
		"These choices apply at once, on every page, and are kept on this device only.": "Ці налаштування діють одразу, на всіх сторінках, і зберігаються лише на цьому пристрої.",
		"Text size":                   "Розмір тексту",
		"Light or dark":               "Світла чи темна тема",
		"Follow my device":            "Як на моєму пристрої",
		"Light":                       "Світла",
		"Dark":                        "Темна",
		"Contrast":                    "Контраст",
		"Standard":                    "Звичайний",
		"High contrast":               "Високий контраст",
		"Motion":                      "Анімація",
		"Reduce motion":               "Менше анімації",
		"Scores":                      "Бали",
		"Show points and percentages": "Показувати бали й відсотки",
		"Hide them: just tell me what to look at again": "Не показувати: просто скажіть, що варто переглянути ще раз",
		"Forget my progress":                            "Забути мій прогрес",
		"Clears from this device your answers, your results, your review queue and the random id your result files show, so whoever uses it next starts afresh. Your display settings and language stay.": "Видаляє з цього пристрою ваші відповіді, результати, чергу повторення й випадковий ідентифікатор, що стоїть у ваших файлах результатів, тож наступна людина почне з чистого аркуша. Налаштування вигляду й мова залишаються.",
		"Confirm":                "Підтвердження",
		"Yes, forget everything": "Так, забути все",
		"Cancel":                 "Скасувати",
		"Your answers, results, review queue and random id have been cleared.": "Ваші відповіді, результати, чергу повторення й випадковий ідентифікатор видалено.",

		// On this device.
		"On this device":                            "На цьому пристрої",
		"Ask the browser to keep my progress":       "Попросити браузер зберігати мій прогрес",
		"The browser agreed to keep your progress.": "Браузер погодився зберігати ваш прогрес.",
		"The browser did not agree (it decides by itself, often after more visits or once the app is installed). Keep a copy with the link or file below.":                                                                                                      "Браузер не погодився (він вирішує сам, часто після кількох відвідин або коли застосунок установлено). Збережіть копію за допомогою посилання чи файлу нижче.",
		"This device has an offline copy of the app: it opens, and the quiz works, with no network.":                                                                                                                                                            "На цьому пристрої є офлайн-копія застосунку: він відкривається і тест працює без мережі.",
		"The offline copy is still being saved on this device. Keep a page of the app open for a moment.":                                                                                                                                                       "Офлайн-копія ще зберігається на цьому пристрої. Не закривайте сторінку застосунку ще хвилинку.",
		"Saving the offline copy is taking far longer than it should, and may have stopped in this browser. If this message stays, close the browser completely (on iPhone and iPad, swipe it away in the app switcher), then open the app again while online.": "Збереження офлайн-копії триває значно довше, ніж мало б, і в цьому браузері, можливо, зупинилося. Якщо це повідомлення не зникає, повністю закрийте браузер (на iPhone та iPad змахніть його вгору в перемикачі програм), а потім знову відкрийте застосунок, коли буде мережа.",
		"This device has no offline copy yet. It is saved on your next visit with a network connection.":                                                                                                                                                        "На цьому пристрої ще немає офлайн-копії. Вона збережеться, коли ви наступного разу відкриєте застосунок з доступом до мережі.",
		"This browser cannot keep an offline copy (a private window, or a browser without service workers): the app needs the network here.":                                                                                                                    "Цей браузер не може зберігати офлайн-копію (це приватне вікно або браузер без підтримки service worker): тут застосункові потрібна мережа.",
		"Checking whether this device has an offline copy…":                                                                                                                                                                                                     "Перевіряємо, чи є на цьому пристрої офлайн-копія…",
		"This browser has promised to keep your progress until you delete it.":                                                                                                                                                                                  "Цей браузер пообіцяв зберігати ваш прогрес, доки ви самі його не видалите.",
		"This browser may delete your progress when space runs low (Safari does after 7 days without a visit).":                                                                                                                                                 "Цей браузер може видалити ваш прогрес, коли забракне місця (Safari видаляє його після 7 днів без відвідин).",
		"This browser cannot promise to keep your progress: keep a copy with the link or file below.":                                                                                                                                                           "Цей браузер не може пообіцяти, що збереже ваш прогрес: збережіть копію за допомогою посилання чи файлу нижче.",
		"Checking whether this browser will keep your progress…":                                                                                                                                                                                                "Перевіряємо, чи збереже цей браузер ваш прогрес…",
		"You are using the app from your Home Screen, so your progress is kept however long you stay away.":                                                                                                                                                     "Ви відкрили застосунок з Початкового екрана, тож ваш прогрес збережеться, хоч би як довго вас не було.",
		"On iPhone and iPad, Safari deletes this app's saved progress after 7 days without a visit. Add it to your Home Screen to keep it:":                                                                                                                     "На iPhone та iPad Safari видаляє збережений прогрес цього застосунку після 7 днів без відвідин. Щоб його зберегти, додайте застосунок на Початковий екран:",
		// Safari's own Ukrainian labels: «Поширити», «На Початковий екран», «Додати».
		"Tap the Share button (a square with an arrow pointing up).":                                                             "Торкніться кнопки «Поширити» (квадрат зі стрілкою вгору).",
		"Choose “Add to Home Screen”, then “Add”.":                                                                               "Виберіть «На Початковий екран», потім «Додати».",
		"Open Beyond Budapest from its new icon from now on.":                                                                    "Відтепер відкривайте Beyond Budapest з його нової іконки.",
		"The Home Screen app keeps its own progress, apart from Safari's: move your answers there with the progress link below.": "Застосунок на Початковому екрані зберігає власний прогрес, окремо від Safari: перенесіть туди свої відповіді за допомогою посилання нижче.",

		// Continue on another device.
		"Continue on another device": "Продовжити на іншому пристрої",
		"This link carries quiz progress from another device. Restore it here? It replaces the quiz progress on this device.": "Це посилання містить прогрес тесту з іншого пристрою. Відновити його тут? Він замінить прогрес тесту на цьому пристрої.",
		"Restore this progress": "Відновити цей прогрес",
		"Answer a question of the quiz first; then a link here carries your answers to another device or browser.":                                                            "Спершу дайте відповідь хоча б на одне питання тесту; тоді тут з’явиться посилання, яке перенесе ваші відповіді на інший пристрій чи в інший браузер.",
		"Open this link on the other device to carry on there. Your answers travel inside the link itself and are never sent to a server; anyone with the link can see them.": "Відкрийте це посилання на іншому пристрої, щоб продовжити там. Ваші відповіді записано в самому посиланні, і їх ніколи не надсилають на сервер; побачити їх може кожен, хто має це посилання.",
		"Your progress link":                                    "Ваше посилання з прогресом",
		"Save my progress as a file":                            "Зберегти мій прогрес у файл",
		"Restore progress from a saved file":                    "Відновити прогрес зі збереженого файлу",
		"Your progress could not be saved on this device (%s).": "Не вдалося зберегти ваш прогрес на цьому пристрої (%s).",
		"This progress link is damaged (it was probably cut short or changed when it was copied), so nothing was restored. Copy the whole link again from the other device.": "Це посилання з прогресом пошкоджене (мабуть, під час копіювання його обрізали або змінили), тож нічого не відновлено. Скопіюйте все посилання ще раз з іншого пристрою.",
		"This file is not a Beyond Budapest progress file, so nothing was restored. Choose the file saved from the Settings page (%s).":                                      "Це не файл прогресу Beyond Budapest, тож нічого не відновлено. Виберіть файл, збережений на сторінці «Налаштування» (%s).",
		"This progress file was made by another version of the app, so nothing was restored.":                                                                                "Цей файл прогресу створила інша версія застосунку, тож нічого не відновлено.",
		"This progress file was made by an older version of the app, so nothing was restored.":                                                                               "Цей файл прогресу створила старіша версія застосунку, тож нічого не відновлено.",
		"This progress link was made by an older version of the app, so nothing was restored.":                                                                               "Це посилання з прогресом створила старіша версія застосунку, тож нічого не відновлено.",
		"This progress file is damaged (%v), so nothing was restored. Make a new one on the other device.":                                                                   "Цей файл прогресу пошкоджений (%v), тож нічого не відновлено. Створіть новий на іншому пристрої.",
		"This progress link is damaged (%v), so nothing was restored. Make a new one on the other device.":                                                                   "Це посилання з прогресом пошкоджене (%v), тож нічого не відновлено. Створіть нове на іншому пристрої.",
		"Your progress was restored on this device: %s kept.":                                                                                                                "Ваш прогрес відновлено на цьому пристрої: збережено %s.",
		// "2 відповіді на питання, які відтоді змінилися, не враховано."
		"%s to questions changed since %s.": "%s на питання, які відтоді змінилися, %s.",
		"was left out|were left out":        "не враховано|не враховано|не враховано",
	})
}
