/* ff-sample-names.c — the sample data's people: given and family names in their own
 * scripts and in Latin, the languages they speak, when they came
 *
 * The names are common ones in Ukraine, Syria, Afghanistan, Eritrea, Somalia and
 * Norway; the shares and years of arrival follow the groups Norwegian municipalities
 * have settled. Data, not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-sample-private.h"

#define N(array) array, G_N_ELEMENTS (array)

static const FfSampleName ukraine_female[] = {
  { "Olena", "Олена" }, { "Oksana", "Оксана" }, { "Iryna", "Ірина" },
  { "Nataliia", "Наталія" }, { "Tetiana", "Тетяна" }, { "Yuliia", "Юлія" },
  { "Kateryna", "Катерина" }, { "Svitlana", "Світлана" }, { "Anastasiia", "Анастасія" },
  { "Mariia", "Марія" }, { "Viktoriia", "Вікторія" }, { "Halyna", "Галина" },
  { "Liudmyla", "Людмила" }, { "Khrystyna", "Христина" }, { "Daryna", "Дарина" },
  { "Sofiia", "Софія" }, { "Alina", "Аліна" }, { "Yana", "Яна" },
  { "Larysa", "Лариса" }, { "Valentyna", "Валентина" }, { "Mariana", "Мар'яна" },
};
static const FfSampleName ukraine_male[] = {
  { "Andrii", "Андрій" }, { "Oleksandr", "Олександр" }, { "Serhii", "Сергій" },
  { "Volodymyr", "Володимир" }, { "Dmytro", "Дмитро" }, { "Mykola", "Микола" },
  { "Yurii", "Юрій" }, { "Vasyl", "Василь" }, { "Ivan", "Іван" },
  { "Taras", "Тарас" }, { "Bohdan", "Богдан" }, { "Oleh", "Олег" },
  { "Maksym", "Максим" }, { "Petro", "Петро" }, { "Roman", "Роман" },
  { "Vitalii", "Віталій" }, { "Ihor", "Ігор" }, { "Artem", "Артем" },
  { "Yevhen", "Євген" }, { "Stepan", "Степан" },
};
static const FfSampleName ukraine_family[] = {
  { "Shevchenko", "Шевченко" }, { "Kovalenko", "Коваленко" }, { "Bondarenko", "Бондаренко" },
  { "Tkachenko", "Ткаченко" }, { "Kravchenko", "Кравченко" }, { "Oliinyk", "Олійник" },
  { "Shevchuk", "Шевчук" }, { "Polishchuk", "Поліщук" }, { "Bondar", "Бондар" },
  { "Melnyk", "Мельник" }, { "Boiko", "Бойко" }, { "Tkachuk", "Ткачук" },
  { "Marchenko", "Марченко" }, { "Savchenko", "Савченко" }, { "Rudenko", "Руденко" },
  { "Moroz", "Мороз" }, { "Lysenko", "Лисенко" }, { "Honcharenko", "Гончаренко" },
  { "Kuzmenko", "Кузьменко" }, { "Pavlenko", "Павленко" }, { "Kravets", "Кравець" },
  { "Hnatiuk", "Гнатюк" }, { "Martyniuk", "Мартинюк" }, { "Zinchenko", "Зінченко" },
};
static const char * const ukraine_languages[] = {
  "ukrainsk, russisk", "ukrainsk, russisk, engelsk", "ukrainsk, engelsk", "ukrainsk",
  "ukrainsk, russisk, polsk", "ukrainsk, tysk",
};

static const FfSampleName syria_female[] = {
  { "Fatima", "فاطمة" }, { "Aisha", "عائشة" }, { "Maryam", "مريم" }, { "Layla", "ليلى" },
  { "Nour", "نور" }, { "Rania", "رانيا" }, { "Hiba", "هبة" }, { "Yasmin", "ياسمين" },
  { "Reem", "ريم" }, { "Lina", "لينا" }, { "Rasha", "رشا" }, { "Salma", "سلمى" },
  { "Huda", "هدى" }, { "Dima", "ديما" }, { "Amal", "أمل" }, { "Zeinab", "زينب" },
  { "Ghada", "غادة" }, { "Sara", "سارة" }, { "Rama", "راما" }, { "Joud", "جود" },
};
static const FfSampleName syria_male[] = {
  { "Mohammad", "محمد" }, { "Ahmad", "أحمد" }, { "Omar", "عمر" }, { "Khaled", "خالد" },
  { "Mahmoud", "محمود" }, { "Ali", "علي" }, { "Hassan", "حسن" }, { "Hussein", "حسين" },
  { "Yousef", "يوسف" }, { "Ibrahim", "إبراهيم" }, { "Bilal", "بلال" }, { "Tarek", "طارق" },
  { "Fadi", "فادي" }, { "Samer", "سامر" }, { "Rami", "رامي" }, { "Ammar", "عمار" },
  { "Anas", "أنس" }, { "Hamza", "حمزة" }, { "Majd", "مجد" }, { "Bashar", "بشار" },
};
static const FfSampleName syria_family[] = {
  { "Al-Hassan", "الحسن" }, { "Haddad", "حداد" }, { "Khalil", "خليل" },
  { "Darwish", "درويش" }, { "Al-Ahmad", "الأحمد" }, { "Hamdan", "حمدان" },
  { "Shami", "شامي" }, { "Kurdi", "كردي" }, { "Al-Ali", "العلي" },
  { "Mansour", "منصور" }, { "Nasser", "ناصر" }, { "Saleh", "صالح" },
  { "Othman", "عثمان" }, { "Qasim", "قاسم" }, { "Haj Ali", "حاج علي" },
  { "Aziz", "عزيز" }, { "Al-Khatib", "الخطيب" }, { "Zein", "زين" },
  { "Sabbagh", "صباغ" }, { "Halabi", "حلبي" }, { "Jaber", "جابر" }, { "Hamwi", "حموي" },
};
static const char * const syria_languages[] = {
  "arabisk", "arabisk, engelsk", "arabisk, kurdisk", "kurdisk, arabisk, tyrkisk",
  "arabisk, fransk",
};

static const FfSampleName afghanistan_female[] = {
  { "Zahra", "زهرا" }, { "Fatema", "فاطمه" }, { "Maryam", "مریم" }, { "Marzia", "مرضیه" },
  { "Shabnam", "شبنم" }, { "Farzana", "فرزانه" }, { "Nilofar", "نیلوفر" },
  { "Mahbooba", "محبوبه" }, { "Parwana", "پروانه" }, { "Sakina", "سکینه" },
  { "Roya", "رویا" }, { "Masouma", "معصومه" }, { "Nazanin", "نازنین" },
  { "Freshta", "فرشته" }, { "Homa", "هما" }, { "Laila", "لیلا" }, { "Sima", "سیما" },
  { "Tahmina", "تهمینه" }, { "Zarghona", "زرغونه" }, { "Gulalai", "ګلالۍ" },
};
static const FfSampleName afghanistan_male[] = {
  { "Ahmad", "احمد" }, { "Mohammad", "محمد" }, { "Ali", "علی" }, { "Hamid", "حمید" },
  { "Mustafa", "مصطفی" }, { "Farid", "فرید" }, { "Javad", "جواد" }, { "Rahim", "رحیم" },
  { "Karim", "کریم" }, { "Nasir", "ناصر" }, { "Sayed", "سید" }, { "Habib", "حبیب" },
  { "Wahid", "وحید" }, { "Jawid", "جاوید" }, { "Ehsan", "احسان" }, { "Masoud", "مسعود" },
  { "Shafiq", "شفیق" }, { "Zabihullah", "ذبیح‌الله" }, { "Abdul Rahman", "عبدالرحمن" },
  { "Khalid", "خالد" },
};
static const FfSampleName afghanistan_family[] = {
  { "Ahmadi", "احمدی" }, { "Hussaini", "حسینی" }, { "Rahimi", "رحیمی" },
  { "Mohammadi", "محمدی" }, { "Karimi", "کریمی" }, { "Hakimi", "حکیمی" },
  { "Noori", "نوری" }, { "Sultani", "سلطانی" }, { "Rezaei", "رضایی" },
  { "Haidari", "حیدری" }, { "Sadat", "سادات" }, { "Amiri", "امیری" },
  { "Jafari", "جعفری" }, { "Rasuli", "رسولی" }, { "Stanikzai", "ستانکزی" },
  { "Popal", "پوپل" }, { "Wardak", "وردک" }, { "Safi", "صافی" },
  { "Yousufzai", "یوسفزی" }, { "Hashimi", "هاشمی" }, { "Azizi", "عزیزی" },
  { "Qaderi", "قادری" },
};
static const char * const afghanistan_languages[] = {
  "dari", "dari, pashto", "pashto, dari, engelsk", "dari, engelsk", "hazaragi, dari",
  "dari, farsi",
};

static const FfSampleName eritrea_female[] = {
  { "Semhar", "ሰምሃር" }, { "Helen", "ሄለን" }, { "Selam", "ሰላም" }, { "Yodit", "ዮዲት" },
  { "Luwam", "ሉዋም" }, { "Senait", "ሰናይት" }, { "Mebrat", "መብራት" }, { "Tsega", "ጸጋ" },
  { "Rahel", "ራሄል" }, { "Saba", "ሳባ" }, { "Winta", "ዊንታ" }, { "Freweini", "ፍረወይኒ" },
  { "Hiwet", "ሕይወት" }, { "Ruta", "ሩታ" }, { "Almaz", "ኣልማዝ" }, { "Eden", "ኤደን" },
  { "Elsa", "ኤልሳ" }, { "Feven", "ፌቨን" }, { "Mehret", "ምሕረት" }, { "Aster", "ኣስቴር" },
};
static const FfSampleName eritrea_male[] = {
  { "Yonas", "ዮናስ" }, { "Daniel", "ዳንኤል" }, { "Samuel", "ሳሙኤል" }, { "Robel", "ሮቤል" },
  { "Filmon", "ፊልሞን" }, { "Merhawi", "መርሃዊ" }, { "Tesfay", "ተስፋይ" }, { "Abel", "ኣቤል" },
  { "Biniam", "ቢንያም" }, { "Yohannes", "ዮሃንስ" }, { "Henok", "ሄኖክ" }, { "Kidane", "ኪዳነ" },
  { "Mussie", "ሙሴ" }, { "Efrem", "ኤፍሬም" }, { "Natnael", "ናትናኤል" },
  { "Amanuel", "ኣማኑኤል" }, { "Dawit", "ዳዊት" }, { "Habtom", "ሃብቶም" }, { "Tekle", "ተኽለ" },
  { "Goitom", "ጎይቶም" },
};
/* Eritreans carry their father's given name as their second name. */
static const FfSampleName eritrea_family[] = {
  { "Tesfamariam", "ተስፋማርያም" }, { "Ghebremedhin", "ገብረመድህን" }, { "Haile", "ሃይለ" },
  { "Berhane", "ብርሃነ" }, { "Tekle", "ተኽለ" }, { "Woldu", "ወልዱ" }, { "Kidane", "ኪዳነ" },
  { "Mehari", "መሓሪ" }, { "Ghebreyesus", "ገብረየሱስ" }, { "Andemariam", "ኣንደማርያም" },
  { "Tesfay", "ተስፋይ" }, { "Yemane", "የማነ" }, { "Asfaha", "ኣስፍሃ" }, { "Habte", "ሃብተ" },
  { "Negash", "ነጋሽ" }, { "Solomon", "ሰለሞን" }, { "Gebru", "ገብሩ" }, { "Abraha", "ኣብርሃ" },
  { "Okbay", "ዕቑባይ" }, { "Weldemichael", "ወልደሚካኤል" }, { "Zerai", "ዘርኣይ" },
};
static const char * const eritrea_languages[] = {
  "tigrinja", "tigrinja, arabisk", "tigrinja, engelsk", "tigrinja, amharisk", "tigre, tigrinja",
};

static const FfSampleName somalia_female[] = {
  { "Hodan", NULL }, { "Amina", NULL }, { "Fadumo", NULL }, { "Hawa", NULL },
  { "Sahra", NULL }, { "Ayan", NULL }, { "Ifrah", NULL }, { "Ubah", NULL },
  { "Nimco", NULL }, { "Sagal", NULL }, { "Hibo", NULL }, { "Muna", NULL },
  { "Asli", NULL }, { "Deeqa", NULL }, { "Khadra", NULL }, { "Ladan", NULL },
  { "Naima", NULL }, { "Ruqiya", NULL }, { "Warsan", NULL }, { "Idil", NULL },
};
static const FfSampleName somalia_male[] = {
  { "Abdi", NULL }, { "Mohamed", NULL }, { "Ahmed", NULL }, { "Abdirahman", NULL },
  { "Hassan", NULL }, { "Abdullahi", NULL }, { "Yusuf", NULL }, { "Omar", NULL },
  { "Ismail", NULL }, { "Abdikarim", NULL }, { "Said", NULL }, { "Liban", NULL },
  { "Farah", NULL }, { "Mahad", NULL }, { "Guled", NULL }, { "Bashir", NULL },
  { "Hamza", NULL }, { "Jama", NULL }, { "Khalid", NULL }, { "Nuur", NULL },
};
static const FfSampleName somalia_family[] = {
  { "Ali", NULL }, { "Hassan", NULL }, { "Farah", NULL }, { "Warsame", NULL },
  { "Abdi", NULL }, { "Jama", NULL }, { "Osman", NULL }, { "Nur", NULL },
  { "Mohamud", NULL }, { "Hussein", NULL }, { "Aden", NULL }, { "Egal", NULL },
  { "Duale", NULL }, { "Ibrahim", NULL }, { "Yusuf", NULL }, { "Ahmed", NULL },
  { "Dirie", NULL }, { "Elmi", NULL }, { "Hersi", NULL }, { "Shire", NULL },
  { "Guleid", NULL },
};
static const char * const somalia_languages[] = {
  "somali", "somali, arabisk", "somali, engelsk", "somali, swahili",
};

static const FfSampleName norway_female[] = {
  { "Ingrid", NULL }, { "Kari", NULL }, { "Anne", NULL }, { "Marit", NULL },
  { "Hilde", NULL }, { "Solveig", NULL }, { "Astrid", NULL }, { "Ragnhild", NULL },
  { "Silje", NULL }, { "Ida", NULL }, { "Nora", NULL }, { "Thea", NULL },
  { "Ingeborg", NULL }, { "Sigrid", NULL }, { "Tone", NULL }, { "Åse", NULL },
  { "Sølvi", NULL }, { "Grete", NULL }, { "Liv", NULL }, { "Marte", NULL },
};
static const FfSampleName norway_male[] = {
  { "Ola", NULL }, { "Per", NULL }, { "Lars", NULL }, { "Knut", NULL },
  { "Olav", NULL }, { "Bjørn", NULL }, { "Arne", NULL }, { "Hans", NULL },
  { "Jon", NULL }, { "Eirik", NULL }, { "Håkon", NULL }, { "Sindre", NULL },
  { "Magnus", NULL }, { "Tor", NULL }, { "Øyvind", NULL }, { "Trond", NULL },
  { "Geir", NULL }, { "Anders", NULL }, { "Espen", NULL }, { "Jørgen", NULL },
};
static const FfSampleName norway_family[] = {
  { "Hansen", NULL }, { "Johansen", NULL }, { "Olsen", NULL }, { "Larsen", NULL },
  { "Andersen", NULL }, { "Pedersen", NULL }, { "Nilsen", NULL }, { "Kristiansen", NULL },
  { "Berg", NULL }, { "Haugen", NULL }, { "Hagen", NULL }, { "Johnsen", NULL },
  { "Bakken", NULL }, { "Solberg", NULL }, { "Ødegård", NULL }, { "Aas", NULL },
  { "Lie", NULL }, { "Strand", NULL }, { "Dahl", NULL }, { "Sætre", NULL },
  { "Østby", NULL }, { "Åsheim", NULL }, { "Bråten", NULL }, { "Nygård", NULL },
};
static const char * const norway_languages[] = {
  "norsk", "norsk, engelsk", "norsk, engelsk, tysk",
};

const FfSampleOrigin ff_sample_origins[] = {
  { "Ukraina", 34, N (ukraine_female), N (ukraine_male), N (ukraine_family),
    N (ukraine_languages), 2022, 2025, 25 },
  { "Syria", 18, N (syria_female), N (syria_male), N (syria_family),
    N (syria_languages), 2015, 2020, 5 },
  { "Afghanistan", 15, N (afghanistan_female), N (afghanistan_male), N (afghanistan_family),
    N (afghanistan_languages), 2016, 2024, 10 },
  { "Eritrea", 13, N (eritrea_female), N (eritrea_male), N (eritrea_family),
    N (eritrea_languages), 2015, 2021, 5 },
  { "Somalia", 10, N (somalia_female), N (somalia_male), N (somalia_family),
    N (somalia_languages), 2015, 2021, 5 },
  { "Norge", 10, N (norway_female), N (norway_male), N (norway_family),
    N (norway_languages), 0, 0, 0 },
};

const guint ff_sample_n_origins = G_N_ELEMENTS (ff_sample_origins);
