//go:build !englishonly

package ui

// The Ukrainian words of the quiz, its feedback, the results and the
// review round (catalogue_uk.go explains the catalogue). Choices made here:
//   - A score reads "Бали: 7 з 12": "з 12 балів" would need "бала" after
//     21, 31…, and the number of questions can be any of them.
//   - Counts of questions read "Питань з відповіддю: 3 з 12" for the same
//     reason.
//   - Percentages stay "80%", as Ukrainian school materials and screens
//     mostly write them; decimals take a comma ("0,5", points).
//   - "missed" is "з помилкою" or "неправильно" in running text.

func init() {
	translate(Ukrainian, map[string]string{
		// The question: its kinds, choices and controls.
		"Choose one answer":           "Оберіть одну відповідь",
		"Choose every correct answer": "Оберіть усі правильні відповіді",
		"True or false":               "Правда чи неправда",
		"Put in order":                "Розташуйте по порядку",
		"Match the pairs":             "Установіть відповідність",
		"Type your answer":            "Напишіть відповідь",
		"True":                        "Правда",
		"False":                       "Неправда",
		"Choose…":                     "Оберіть…",
		"Your answer":                 "Ваша відповідь",
		"Move “%s” up":                "Перемістити «%s» вище",
		"Move “%s” down":              "Перемістити «%s» нижче",

		// The quiz page.
		"Question %d of %d":               "Питання %d з %d",
		"Review: question %d of %d":       "Повторення: питання %d з %d",
		"Retry: question %d of %d":        "Повторна спроба: питання %d з %d",
		"%d of %d questions answered":     "Питань з відповіддю: %d з %d",
		"Check":                           "Перевірити",
		"Save answer":                     "Зберегти відповідь",
		"Back":                            "Назад",
		"Next question":                   "Наступне питання",
		"See results":                     "До результатів",
		"Give an answer before checking.": "Спершу дайте відповідь, а потім натисніть «Перевірити».",
		"You have not moved any item yet. Put them in order with the arrows, or press Check again if this order is your answer.": "Ви ще не перемістили жодного пункту. Розташуйте їх по порядку стрілками або натисніть «Перевірити» ще раз, якщо цей порядок і є вашою відповіддю.",
		"This quiz has %s (about %s); your answers and score are recorded in your course. New to the topic? Read the ":           "У цьому тесті %s (приблизно %s); ваші відповіді й бали записуються у вашому курсі. Тема для вас нова? Спершу прочитайте ",
		"explainer": "пояснення",
		" first: the feedback on each answer links back to it.": ": після кожної відповіді є посилання на потрібний розділ.",
		"You have answered every question":                      "Ви відповіли на всі питання",
		"See your results":                                      "Переглянути результати",
		"Look at the last question again":                       "Ще раз переглянути останнє питання",

		// An answer given before the app started (early_answer.go).
		"Your answer will be checked as soon as the quiz has loaded.":                                                      "Вашу відповідь перевіримо, щойно тест завантажиться.",
		"The answer you gave while the quiz was loading was not kept: the quiz now shows the question where you left off.": "Відповідь, яку ви дали, поки тест завантажувався, не збережено: тепер тест показує питання, на якому ви зупинилися.",

		// Feedback after Check.
		"✓ Correct":                    "✓ Правильно",
		"◐ Partly right":               "◐ Частково правильно",
		"✗ Not quite":                  "✗ Не зовсім",
		": %s of 1 point":              ": %s з 1 бала",
		"(%s of 1 point)":              "(%s з 1 бала)",
		"✓ Your answer: correct":       "✓ Ваша відповідь: правильно",
		"✗ Your answer: not correct":   "✗ Ваша відповідь: неправильно",
		"✓ Correct answer":             "✓ Правильна відповідь",
		"✓ In the right place":         "✓ На правильному місці",
		"✗ Belongs at position %d":     "✗ Має бути на місці %d",
		"✗ Correct: %s":                "✗ Правильна відповідь: %s",
		"✓ Accepted":                   "✓ Зараховано",
		"✗ Not accepted. Expected: %s": "✗ Не зараховано. Очікувана відповідь: %s",
		"Accepted, but check the spelling: it is written ":            "Зараховано, але перевірте написання: правильно — ",
		"Answer saved. You will see how you did on the results page.": "Відповідь збережено. Як ви впоралися, побачите на сторінці результатів.",
		"The answer: ":   "Правильна відповідь: ",
		"Your answer: ":  "Ваша відповідь: ",
		"Read more: ":    "Докладніше: ",
		"(nothing)":      "(нічого)",
		"(no answer)":    "(без відповіді)",
		"(not answered)": "(без відповіді)",

		// The review round.
		"Looking for questions to review on this device…": "Шукаємо на цьому пристрої питання для повторення…",
		"Nothing to review right now":                     "Поки що нічого повторювати",
		"Questions you miss come back here on later visits: a missed one straight away, one you then got right a day later, and so on.": "Питання, на які ви відповіли неправильно, повертаються сюди під час наступних відвідин: спершу одразу, а коли ви відповісте правильно, — через день, і так далі.",
		"Go to the quiz": "Перейти до тесту",
		"Review done":    "Повторення завершено",
		"You reviewed %s: %d right. Those you missed come back on your next visit; those you got right come back later, further apart each time.": "Ви повторили %s, правильних відповідей: %d. Питання з помилками повернуться під час наступних відвідин, а ті, на які ви відповіли правильно, — пізніше, щоразу з довшою перервою.",
		"Back to the start": "На початкову сторінку",

		// Saved progress (progress.go).
		"This browser does not let the page store anything, so your progress cannot be saved: it will be lost when you close this page.": "Цей браузер не дозволяє сторінці нічого зберігати, тож ваш прогрес не вдасться зберегти: він зникне, щойно ви закриєте сторінку.",
		"Your saved progress could not be read, so the quiz starts afresh.":                                                              "Не вдалося прочитати ваш збережений прогрес, тож тест починається заново.",
		"This app was updated and your saved progress is from an older version, so the quiz starts afresh.":                              "Застосунок оновився, а ваш збережений прогрес — зі старішої версії, тож тест починається заново.",
		"Your saved progress was damaged, so the quiz starts afresh.":                                                                    "Ваш збережений прогрес пошкоджено, тож тест починається заново.",
		"The questions were updated since your last visit: %s to changed questions %s.":                                                  "Від вашого останнього візиту питання оновилися: %s на змінені питання %s.",
		"Your progress cannot be saved on this device (%s). It will be lost when you close this page.":                                   "Ваш прогрес не вдається зберегти на цьому пристрої (%s). Він зникне, щойно ви закриєте сторінку.",
		// Impersonal in Ukrainian: "3 відповіді … видалено", "5 відповідей … видалено".
		"was cleared|were cleared": "видалено|видалено|видалено",

		// The results page.
		"Your results":      "Ваші результати",
		"Continue the quiz": "Продовжити тест",
		"You have answered %d of %d questions so far. ":                                                    "Питань з відповіддю поки що: %d з %d. ",
		"%s of %d points (%d%%)":                                                                           "Бали: %s з %d (%d%%)",
		"So far: %s of %d points on the %s answered (%d%%)":                                                "Поки що бали: %s з %d за %s з відповіддю (%d%%)",
		"Here is what to look at again.":                                                                   "Ось що варто переглянути ще раз.",
		"Your teacher sees your first attempt: %s of %d points (%d%%). The retry is practice.":             "Учитель бачить вашу першу спробу: бали %s з %d (%d%%). Повторна спроба — лише тренування.",
		"Your teacher sees your first attempt: %s of %d points (%d%%), passed. The retry is practice.":     "Учитель бачить вашу першу спробу: бали %s з %d (%d%%), тест складено. Повторна спроба — лише тренування.",
		"Your teacher sees your first attempt: %s of %d points (%d%%), not passed. The retry is practice.": "Учитель бачить вашу першу спробу: бали %s з %d (%d%%), тест не складено. Повторна спроба — лише тренування.",
		"✓ With the retry you reach the pass mark of %d%%.":                                                "✓ Із повторною спробою ви досягли прохідного бала: %d%%.",
		"✓ Passed: the pass mark is %d%%.":                                                                 "✓ Тест складено: прохідний бал — %d%%.",
		"✗ Not passed yet: the pass mark is %d%%.":                                                         "✗ Тест поки не складено: прохідний бал — %d%%.",
		"Your score is recorded in your course.":                                                           "Ваш результат записано у вашому курсі.",
		"Questions to look at again":                                                                       "Питання, які варто переглянути ще раз",
		"Every answer so far is right. Well done!":                                                         "Усі відповіді дотепер правильні. Чудово!",
		"This quiz allows one attempt, so this score is the one your teacher sees. The mistakes below show what to read again.": "У цьому тесті лише одна спроба, тож учитель бачить саме цей результат. Помилки нижче показують, що варто перечитати.",
		"Retry the %s": "Ще раз відповісти на %s",
		"A retry is practice: your teacher keeps the score of your first attempt.": "Повторна спроба — лише тренування: учитель зараховує результат вашої першої спроби.",
		"Start over": "Почати заново",
		"Start over? Every answer of this quiz is cleared.": "Почати заново? Усі відповіді цього тесту буде стерто.",
		"Yes, start over": "Так, почати заново",
		"Keep my answers": "Залишити мої відповіді",

		// Keeping and sharing the result.
		"Keep a copy": "Зберегти копію",
		"Download your answers and score to hand in or keep. Without a name, the file shows only a random id made on this device.": "Завантажте свої відповіді й результат, щоб здати їх або зберегти. Без імені у файлі буде лише випадковий ідентифікатор, створений на цьому пристрої.",
		"Your name or class code (optional, only if your teacher asks; it goes into the file and nowhere else)":                    "Ваше ім’я або код класу (необов’язково, лише якщо про це просить учитель; воно потрапить тільки у файл і більше нікуди)",
		"Download (JSON)":                  "Завантажити (JSON)",
		"Download (CSV, for spreadsheets)": "Завантажити (CSV, для електронних таблиць)",
		"Share your result":                "Поділитися результатом",
		"A short summary with no name or other personal data, to paste into a message or your learning platform.": "Короткий підсумок без імені та інших особистих даних: його можна вставити в повідомлення або на вашу навчальну платформу.",
		"Summary to copy":                 "Підсумок для копіювання",
		"Copy":                            "Копіювати",
		"Copied":                          "Скопійовано",
		"Beyond Budapest quiz: finished.": "Тест Beyond Budapest: завершено.",
		"Beyond Budapest quiz: %s of %d points (%d%%).": "Тест Beyond Budapest: бали %s з %d (%d%%).",
		"Nothing to revisit.":                           "Повторювати нічого не треба.",
		"To revisit: %s.":                               "Варто повторити: %s.",

		// Notices on every page.
		"Dismiss": "Закрити",
		"A new version of Beyond Budapest is available. Your answers are saved.": "Доступна нова версія Beyond Budapest. Ваші відповіді збережено.",
		"Reload": "Перезавантажити",
	})
}
