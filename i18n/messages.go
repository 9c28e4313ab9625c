package i18n

// entry is one interface string: the English text, which is also its
// key, and its Polish and Russian translations.
type entry struct{ en, pl, ru string }

// pluralMessage is a counted string: English one/other; Polish and Russian
// one/few/many/other, the CLDR categories of those languages.
type pluralMessage struct {
	key    string
	en     [2]string
	pl, ru [4]string
}

var plurals = []pluralMessage{
	{"%d min read",
		[2]string{"%d min read", "%d min read"},
		[4]string{"%d minuta czytania", "%d minuty czytania", "%d minut czytania", "%d minuty czytania"},
		[4]string{"%d минута чтения", "%d минуты чтения", "%d минут чтения", "%d минуты чтения"}},
	{"%d briefs",
		[2]string{"%d brief", "%d briefs"},
		[4]string{"%d publikacja", "%d publikacje", "%d publikacji", "%d publikacji"},
		[4]string{"%d публикация", "%d публикации", "%d публикаций", "%d публикации"}},
}

var messages = []entry{
	// Languages.
	{"English", "angielski", "английский"},
	{"Polish", "polski", "польский"},
	{"Russian", "rosyjski", "русский"},

	// Series and breadcrumbs.
	{"PISM Spotlight", "PISM Spotlight", "PISM Spotlight"},
	{"PISM Bulletin", "Biuletyn PISM", "Бюллетень PISM"},
	{"PISM Policy Paper", "PISM Policy Paper", "PISM Policy Paper"},
	{"PISM Strategic File", "PISM Strategic File", "PISM Strategic File"},
	{"PISM Report", "Raport PISM", "Доклад PISM"},
	{"Companion notes", "Notatki towarzyszące", "Сопроводительные заметки"},
	{"Home", "Strona główna", "Главная"},
	{"Publications", "Publikacje", "Публикации"},
	{"PISM Spotlights", "PISM Spotlight", "PISM Spotlight"},
	{"PISM Reader", "PISM Reader", "PISM Reader"},

	// Library and reader.
	{"Library", "Biblioteka", "Библиотека"},
	{"Contents", "Spis treści", "Содержание"},
	{"Back", "Wstecz", "Назад"},
	{"Back to the library", "Wróć do biblioteki", "Назад к библиотеке"},
	{"no. %s", "nr %s", "№ %s"},
	{"By %s", "Autor: %s", "Автор: %s"},
	{"Translated by %s", "Tłumaczenie: %s", "Перевод: %s"},
	{"Language version", "Wersja językowa", "Языковая версия"},
	{"Read the %s version", "Czytaj wersję: %s", "Читать версию: %s"},
	{"No brief is open. Choose one in the library.", "Nie otwarto żadnej publikacji. Wybierz ją w bibliotece.", "Публикация не открыта. Выберите её в библиотеке."},
	{"This brief has no headings.", "Ta publikacja nie ma śródtytułów.", "В этой публикации нет подзаголовков."},
	{"Translation", "Tłumaczenie", "Перевод"},

	// Menus and actions.
	{"File", "Plik", "Файл"},
	{"Go", "Przejdź", "Переход"},
	{"Help", "Pomoc", "Справка"},
	{"Quit", "Zakończ", "Выход"},
	{"Library pane", "Panel biblioteki", "Панель библиотеки"},
	{"Reader pane", "Panel czytnika", "Панель чтения"},
	{"Next section", "Następna sekcja", "Следующий раздел"},
	{"Previous section", "Poprzednia sekcja", "Предыдущий раздел"},
	{"Keyboard shortcuts", "Skróty klawiszowe", "Сочетания клавиш"},
	{"About PISM Reader", "O programie PISM Reader", "О программе PISM Reader"},
	{"Close", "Zamknij", "Закрыть"},
	{"Page down", "Strona w dół", "Страница вниз"},
	{"Page up", "Strona w górę", "Страница вверх"},
	{"Start of the brief", "Początek publikacji", "Начало публикации"},
	{"End of the brief", "Koniec publikacji", "Конец публикации"},
	{"Move in the library", "Poruszanie się po bibliotece", "Перемещение по библиотеке"},
	{"Open the chosen brief", "Otwórz wybraną publikację", "Открыть выбранную публикацию"},
	{"Move focus", "Przenieś fokus", "Переместить фокус"},
	{"Scroll a line", "Przewiń o wiersz", "Прокрутить на строку"},
	{"A reader for the briefs of the Polish Institute of International Affairs, made for low-vision readers first.",
		"Czytnik publikacji Polskiego Instytutu Spraw Międzynarodowych, tworzony z myślą o osobach słabowidzących.",
		"Программа для чтения публикаций Польского института международных дел, созданная прежде всего для слабовидящих."},
	{"Version %s", "Wersja %s", "Версия %s"},

	// Command line.
	{"Usage:", "Użycie:", "Использование:"},
	{"Commands:", "Polecenia:", "Команды:"},
	{"Options:", "Opcje:", "Параметры:"},
	{"list the briefs of the library", "wypisz publikacje z biblioteki", "вывести список публикаций"},
	{"print a brief as plain text", "wypisz publikację jako zwykły tekst", "вывести публикацию обычным текстом"},
	{"start the reader window (the default)", "otwórz okno czytnika (domyślnie)", "открыть окно программы (по умолчанию)"},
	{"print as JSON", "wypisz jako JSON", "вывести в формате JSON"},
	{"open the brief with this ID", "otwórz publikację o tym identyfikatorze", "открыть публикацию с этим идентификатором"},
	{"exit once the first frame is drawn, printing its time", "zakończ po narysowaniu pierwszej klatki i podaj jej czas", "выйти после отрисовки первого кадра, сообщив его время"},
	{"interface language: en, pl or ru", "język interfejsu: en, pl lub ru", "язык интерфейса: en, pl или ru"},
	{"window size in pixels, such as 1024x768", "rozmiar okna w pikselach, np. 1024x768", "размер окна в пикселях, например 1024x768"},
	{"bad window size %q: use WIDTHxHEIGHT in pixels, such as 1024x768", "zły rozmiar okna %q: podaj SZEROKOŚĆxWYSOKOŚĆ w pikselach, np. 1024x768", "неверный размер окна %q: укажите ШИРИНАxВЫСОТА в пикселях, например 1024x768"},
	{"show this help", "pokaż tę pomoc", "показать эту справку"},
	{"print the version", "wypisz wersję", "вывести версию"},
	{"unknown command %q", "nieznane polecenie %q", "неизвестная команда %q"},
	{"unknown option %q", "nieznana opcja %q", "неизвестный параметр %q"},
	{"option %s needs a value", "opcja %s wymaga wartości", "параметру %s нужно значение"},
	{"unknown language %q: use en, pl or ru", "nieznany język %q: użyj en, pl lub ru", "неизвестный язык %q: используйте en, pl или ru"},
	{"no brief with ID %q; %q lists the IDs", "nie ma publikacji o identyfikatorze %q; identyfikatory wypisze %q", "нет публикации с идентификатором %q; список выводит %q"},
	{"%s needs exactly one brief ID", "%s wymaga dokładnie jednego identyfikatora publikacji", "%s требует ровно один идентификатор публикации"},
	{"%s takes no arguments", "%s nie przyjmuje argumentów", "%s не принимает аргументов"},
	{"the library cannot be loaded: %v", "nie można wczytać biblioteki: %v", "не удалось загрузить библиотеку: %v"},
	{"Run %q for help.", "Pomoc: %q.", "Справка: %q."},
	{"Series", "Seria", "Серия"},
	{"Date", "Data", "Дата"},
	{"Authors", "Autorzy", "Авторы"},
	{"Language", "Język", "Язык"},
	{"Source", "Źródło", "Источник"},
	{"Original", "Oryginał", "Оригинал"},
	{"Reading time", "Czas czytania", "Время чтения"},
	{"the reading position could not be loaded: %v", "nie udało się wczytać miejsca czytania: %v", "не удалось загрузить место чтения: %v"},
	{"the reading position could not be saved: %v", "nie udało się zapisać miejsca czytania: %v", "не удалось сохранить место чтения: %v"},
}
