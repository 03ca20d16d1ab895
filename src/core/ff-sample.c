/* ff-sample.c — realistic synthetic data for trying the application
 *
 * Everything that varies comes from one GRand seeded by the caller, and every
 * date is counted back from a fixed reference day, so the same seed gives the
 * same people in every file. Rows are written with prepared statements in
 * transactions of a few thousand participants, which keeps 100,000 participants
 * well under a minute.
 *
 * Participants go first into a temporary table and then into the real one with a
 * single statement per batch: the search index (FTS5) writes out what it holds at
 * the end of every statement that touches it, so one row per statement would
 * leave it with one tiny segment per participant to merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ff-enrolment-status.h"
#include "ff-participant-private.h"
#include "ff-plan-private.h"
#include "ff-programme.h"
#include "ff-sample.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

/* Participants per transaction: large enough to be fast, small enough that a
 * cancellation loses little and the UI's connection is not held up for long. */
#define BATCH_SIZE 5000
#define PROGRESS_EVERY 1000

/* "Today" for the data; fixed so that a seed always gives the same dates. */
#define REFERENCE_YEAR 2025
#define REFERENCE_MONTH 11
#define REFERENCE_DAY 28

typedef struct
{
  const char *latin;
  const char *native;   /* NULL when the name is written in Latin at home too */
} Name;

typedef struct
{
  const char *country;
  guint weight;         /* share in percent */
  const Name *female;
  guint n_female;
  const Name *male;
  guint n_male;
  const Name *family;
  guint n_family;
  const char * const *languages;
  guint n_languages;
  int arrival_from;     /* years; 0: born in Norway */
  int arrival_to;
  guint d_number_share; /* percent with a D-nummer rather than a fødselsnummer */
} Origin;

#define N(array) array, G_N_ELEMENTS (array)

static const Name ukraine_female[] = {
  { "Olena", "Олена" }, { "Oksana", "Оксана" }, { "Iryna", "Ірина" },
  { "Nataliia", "Наталія" }, { "Tetiana", "Тетяна" }, { "Yuliia", "Юлія" },
  { "Kateryna", "Катерина" }, { "Svitlana", "Світлана" }, { "Anastasiia", "Анастасія" },
  { "Mariia", "Марія" }, { "Viktoriia", "Вікторія" }, { "Halyna", "Галина" },
  { "Liudmyla", "Людмила" }, { "Khrystyna", "Христина" }, { "Daryna", "Дарина" },
  { "Sofiia", "Софія" }, { "Alina", "Аліна" }, { "Yana", "Яна" },
  { "Larysa", "Лариса" }, { "Valentyna", "Валентина" }, { "Mariana", "Мар'яна" },
};
static const Name ukraine_male[] = {
  { "Andrii", "Андрій" }, { "Oleksandr", "Олександр" }, { "Serhii", "Сергій" },
  { "Volodymyr", "Володимир" }, { "Dmytro", "Дмитро" }, { "Mykola", "Микола" },
  { "Yurii", "Юрій" }, { "Vasyl", "Василь" }, { "Ivan", "Іван" },
  { "Taras", "Тарас" }, { "Bohdan", "Богдан" }, { "Oleh", "Олег" },
  { "Maksym", "Максим" }, { "Petro", "Петро" }, { "Roman", "Роман" },
  { "Vitalii", "Віталій" }, { "Ihor", "Ігор" }, { "Artem", "Артем" },
  { "Yevhen", "Євген" }, { "Stepan", "Степан" },
};
static const Name ukraine_family[] = {
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

static const Name syria_female[] = {
  { "Fatima", "فاطمة" }, { "Aisha", "عائشة" }, { "Maryam", "مريم" }, { "Layla", "ليلى" },
  { "Nour", "نور" }, { "Rania", "رانيا" }, { "Hiba", "هبة" }, { "Yasmin", "ياسمين" },
  { "Reem", "ريم" }, { "Lina", "لينا" }, { "Rasha", "رشا" }, { "Salma", "سلمى" },
  { "Huda", "هدى" }, { "Dima", "ديما" }, { "Amal", "أمل" }, { "Zeinab", "زينب" },
  { "Ghada", "غادة" }, { "Sara", "سارة" }, { "Rama", "راما" }, { "Joud", "جود" },
};
static const Name syria_male[] = {
  { "Mohammad", "محمد" }, { "Ahmad", "أحمد" }, { "Omar", "عمر" }, { "Khaled", "خالد" },
  { "Mahmoud", "محمود" }, { "Ali", "علي" }, { "Hassan", "حسن" }, { "Hussein", "حسين" },
  { "Yousef", "يوسف" }, { "Ibrahim", "إبراهيم" }, { "Bilal", "بلال" }, { "Tarek", "طارق" },
  { "Fadi", "فادي" }, { "Samer", "سامر" }, { "Rami", "رامي" }, { "Ammar", "عمار" },
  { "Anas", "أنس" }, { "Hamza", "حمزة" }, { "Majd", "مجد" }, { "Bashar", "بشار" },
};
static const Name syria_family[] = {
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

static const Name afghanistan_female[] = {
  { "Zahra", "زهرا" }, { "Fatema", "فاطمه" }, { "Maryam", "مریم" }, { "Marzia", "مرضیه" },
  { "Shabnam", "شبنم" }, { "Farzana", "فرزانه" }, { "Nilofar", "نیلوفر" },
  { "Mahbooba", "محبوبه" }, { "Parwana", "پروانه" }, { "Sakina", "سکینه" },
  { "Roya", "رویا" }, { "Masouma", "معصومه" }, { "Nazanin", "نازنین" },
  { "Freshta", "فرشته" }, { "Homa", "هما" }, { "Laila", "لیلا" }, { "Sima", "سیما" },
  { "Tahmina", "تهمینه" }, { "Zarghona", "زرغونه" }, { "Gulalai", "ګلالۍ" },
};
static const Name afghanistan_male[] = {
  { "Ahmad", "احمد" }, { "Mohammad", "محمد" }, { "Ali", "علی" }, { "Hamid", "حمید" },
  { "Mustafa", "مصطفی" }, { "Farid", "فرید" }, { "Javad", "جواد" }, { "Rahim", "رحیم" },
  { "Karim", "کریم" }, { "Nasir", "ناصر" }, { "Sayed", "سید" }, { "Habib", "حبیب" },
  { "Wahid", "وحید" }, { "Jawid", "جاوید" }, { "Ehsan", "احسان" }, { "Masoud", "مسعود" },
  { "Shafiq", "شفیق" }, { "Zabihullah", "ذبیح‌الله" }, { "Abdul Rahman", "عبدالرحمن" },
  { "Khalid", "خالد" },
};
static const Name afghanistan_family[] = {
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

static const Name eritrea_female[] = {
  { "Semhar", "ሰምሃር" }, { "Helen", "ሄለን" }, { "Selam", "ሰላም" }, { "Yodit", "ዮዲት" },
  { "Luwam", "ሉዋም" }, { "Senait", "ሰናይት" }, { "Mebrat", "መብራት" }, { "Tsega", "ጸጋ" },
  { "Rahel", "ራሄል" }, { "Saba", "ሳባ" }, { "Winta", "ዊንታ" }, { "Freweini", "ፍረወይኒ" },
  { "Hiwet", "ሕይወት" }, { "Ruta", "ሩታ" }, { "Almaz", "ኣልማዝ" }, { "Eden", "ኤደን" },
  { "Elsa", "ኤልሳ" }, { "Feven", "ፌቨን" }, { "Mehret", "ምሕረት" }, { "Aster", "ኣስቴር" },
};
static const Name eritrea_male[] = {
  { "Yonas", "ዮናስ" }, { "Daniel", "ዳንኤል" }, { "Samuel", "ሳሙኤል" }, { "Robel", "ሮቤል" },
  { "Filmon", "ፊልሞን" }, { "Merhawi", "መርሃዊ" }, { "Tesfay", "ተስፋይ" }, { "Abel", "ኣቤል" },
  { "Biniam", "ቢንያም" }, { "Yohannes", "ዮሃንስ" }, { "Henok", "ሄኖክ" }, { "Kidane", "ኪዳነ" },
  { "Mussie", "ሙሴ" }, { "Efrem", "ኤፍሬም" }, { "Natnael", "ናትናኤል" },
  { "Amanuel", "ኣማኑኤል" }, { "Dawit", "ዳዊት" }, { "Habtom", "ሃብቶም" }, { "Tekle", "ተኽለ" },
  { "Goitom", "ጎይቶም" },
};
/* Eritreans carry their father's given name as their second name. */
static const Name eritrea_family[] = {
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

static const Name somalia_female[] = {
  { "Hodan", NULL }, { "Amina", NULL }, { "Fadumo", NULL }, { "Hawa", NULL },
  { "Sahra", NULL }, { "Ayan", NULL }, { "Ifrah", NULL }, { "Ubah", NULL },
  { "Nimco", NULL }, { "Sagal", NULL }, { "Hibo", NULL }, { "Muna", NULL },
  { "Asli", NULL }, { "Deeqa", NULL }, { "Khadra", NULL }, { "Ladan", NULL },
  { "Naima", NULL }, { "Ruqiya", NULL }, { "Warsan", NULL }, { "Idil", NULL },
};
static const Name somalia_male[] = {
  { "Abdi", NULL }, { "Mohamed", NULL }, { "Ahmed", NULL }, { "Abdirahman", NULL },
  { "Hassan", NULL }, { "Abdullahi", NULL }, { "Yusuf", NULL }, { "Omar", NULL },
  { "Ismail", NULL }, { "Abdikarim", NULL }, { "Said", NULL }, { "Liban", NULL },
  { "Farah", NULL }, { "Mahad", NULL }, { "Guled", NULL }, { "Bashir", NULL },
  { "Hamza", NULL }, { "Jama", NULL }, { "Khalid", NULL }, { "Nuur", NULL },
};
static const Name somalia_family[] = {
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

static const Name norway_female[] = {
  { "Ingrid", NULL }, { "Kari", NULL }, { "Anne", NULL }, { "Marit", NULL },
  { "Hilde", NULL }, { "Solveig", NULL }, { "Astrid", NULL }, { "Ragnhild", NULL },
  { "Silje", NULL }, { "Ida", NULL }, { "Nora", NULL }, { "Thea", NULL },
  { "Ingeborg", NULL }, { "Sigrid", NULL }, { "Tone", NULL }, { "Åse", NULL },
  { "Sølvi", NULL }, { "Grete", NULL }, { "Liv", NULL }, { "Marte", NULL },
};
static const Name norway_male[] = {
  { "Ola", NULL }, { "Per", NULL }, { "Lars", NULL }, { "Knut", NULL },
  { "Olav", NULL }, { "Bjørn", NULL }, { "Arne", NULL }, { "Hans", NULL },
  { "Jon", NULL }, { "Eirik", NULL }, { "Håkon", NULL }, { "Sindre", NULL },
  { "Magnus", NULL }, { "Tor", NULL }, { "Øyvind", NULL }, { "Trond", NULL },
  { "Geir", NULL }, { "Anders", NULL }, { "Espen", NULL }, { "Jørgen", NULL },
};
static const Name norway_family[] = {
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

static const Origin origins[] = {
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

typedef struct
{
  const char *name;
  FfProgrammeKind kind;
  const char *organisation;
  const char *funder;
  const char *start;
  const char *end;
  const char *notes;
} ProgrammeInfo;

static const ProgrammeInfo programmes[] = {
  { "Introduksjonsprogrammet 2025", FF_PROGRAMME_KIND_INTRODUCTION,
    "Drammen kommune, Introduksjonssenteret", "IMDi", "2025-01-01", "2025-12-31",
    "Ukeplan mandag, evaluering fredag. Avtaler fornyes hver tredje måned." },
  { "Etableringskurs Kvænangen", FF_PROGRAMME_KIND_ESTABLISHMENT,
    "Kvænangen Næringsfabrikk", "Innovasjon Norge og Kvænangen kommune",
    "2023-11-01", "2024-12-31",
    "Forelesninger, tredagerskurs, individuelle møter og todagers verksted med kokk." },
  { "Mentorordning KIA Skien", FF_PROGRAMME_KIND_MENTOR,
    "KIA Skien", "IMDi", "2024-01-15", "2025-12-31",
    "Praksis på 3–6 måneder med mentor på arbeidsplassen." },
  { "Traineeordning", FF_PROGRAMME_KIND_TRAINEE,
    "Vang kommune", "Vang kommune", "2024-08-01", "2025-12-31",
    "Bulyst-venn, karriereveiledning, yrkesnorsk og kjøretrening." },
  { "Veiviseren Drammen", FF_PROGRAMME_KIND_QUALIFICATION,
    "Drammen kommune", "IMDi og Drammen kommune", "2019-01-01", "2025-12-31",
    "Jobbsøkerlogg, språkpraksis og resultatrapport ved årsslutt." },
};

typedef struct
{
  const char *name;
  const char *postcode;
} Place;

static const Place places[] = {
  { "Kvænangen", "9161" }, { "Skien", "3715" }, { "Drammen", "3015" }, { "Vang", "2975" },
  { "Oslo", "0557" }, { "Bergen", "5003" }, { "Trondheim", "7011" }, { "Tromsø", "9008" },
  { "Kristiansand", "4610" }, { "Stavanger", "4006" }, { "Porsgrunn", "3921" },
  { "Hamar", "2317" }, { "Bodø", "8006" }, { "Ålesund", "6002" }, { "Lillehammer", "2609" },
  { "Nordreisa", "9151" }, { "Alta", "9510" }, { "Gjøvik", "2815" }, { "Arendal", "4836" },
  { "Fredrikstad", "1606" },
};

static const char * const streets[] = {
  "Storgata", "Kirkeveien", "Skolegata", "Fjellveien", "Parkveien", "Strandgata",
  "Elvegata", "Bjørkeveien", "Furuveien", "Sjøgata", "Torggata", "Industriveien",
  "Nygata", "Åsveien", "Gamle Riksvei", "Havnegata", "Lærkeveien", "Solbakken",
};

static const char * const educations[] = {
  "Grunnskole", "Videregående skole", "Bachelor i pedagogikk", "Master i økonomi",
  "Fagbrev som sveiser", "Sykepleierutdanning", "Ingen formell utdanning",
  "Universitet, ikke fullført", "Ingeniørutdanning (bygg)", "Kokkeutdanning",
  "Bachelor i informatikk", "Yrkesskole, elektro", "Medisinstudier", "Regnskapsutdanning",
};

static const char * const professions[] = {
  "lærer", "sykepleier", "sveiser", "kokk", "regnskapsfører", "elektriker", "frisør",
  "sjåfør", "snekker", "ingeniør", "butikkmedarbeider", "bonde", "syerske",
  "IT-konsulent", "lege", "apotektekniker", "renholder", "bilmekaniker",
  "barnehageassistent", "murer", "bakerlærling", "negletekniker",
};

static const char * const licences[] = {
  "", "", "", "B", "B", "B, BE", "B, C1", "C, CE", "B (utenlandsk, må byttes)",
};

static const char * const interests[] = {
  "matlaging", "fotball", "håndarbeid", "friluftsliv", "sjakk", "musikk",
  "frivillig arbeid", "data og teknologi", "hagearbeid", "løping", "fiske", "dans",
};

static const char * const goals[] = {
  "Fast jobb som sykepleier", "Starte egen kafé", "Ta fagbrev", "Studere ved universitetet",
  "Jobbe i barnehage", "Få førerkort klasse B", "Starte food truck med dumplings",
  "Norsk på B1-nivå", "Starte rengjøringsfirma", "Åpne neglesalong",
  "Jobb innen bygg og anlegg", "Godkjenning av utdanning fra hjemlandet",
};

static const char * const cefr[] = { "A0", "A1", "A2", "B1", "B2", "C1" };

static const char * const contact_persons[] = {
  "Hilde Sørensen", "Marius Lund", "Anita Kristoffersen", "Jan Erik Moen", "Trine Hauge",
  "Camilla Eide", "Ahmed Yusuf", "Olena Kravets", "Siv Mathisen", "Kjetil Brekke",
};

static const char * const referrals[] = {
  "NAV", "Flyktningtjenesten", "IMDi", "Voksenopplæringen", "Egen henvendelse",
  "Kommunen", "Frivilligsentralen",
};

static const char * const consent_scopes[] = {
  "Deling av opplysninger med NAV og voksenopplæringen",
  "Kontakt med arbeidsgiver i praksis",
  "Deling med mentor og kontaktperson",
};

static const char * const family_notes[] = {
  "", "", "Enslig", "Gift, to barn (4 og 9 år)", "Bor med ektefelle og tre barn",
  "Ektefelle er fortsatt i hjemlandet", "Alenemor med ett barn", "Bor med foreldre",
};

static const char * const health_notes[] = {
  "Trenger tilrettelegging: nedsatt hørsel", "Ryggplager, bør unngå tunge løft",
  "Trenger korte pauser i undervisningen",
};

static const char * const notes[] = {
  "Ønsker språkpraksis i butikk.", "Har vist interesse for mentorordningen.",
  "Trenger tolk i samtaler.", "Svært motivert, møter alltid presis.",
  "Har sendt søknad om godkjenning av utdanning.",
};

static const char * const email_domains[] = {
  "gmail.com", "hotmail.com", "outlook.com", "online.no", "yahoo.com", "icloud.com",
};

typedef struct
{
  FfEnrolmentStatus status;
  guint weight;
} Transition;

/* Where an enrolment usually goes next, with weights; terminal statuses have none. */
static const Transition *
next_statuses (FfEnrolmentStatus  status,
               guint             *n)
{
  static const Transition from_referred[] = {
    { FF_ENROLMENT_STATUS_INTERVIEWED, 70 }, { FF_ENROLMENT_STATUS_WAITING_LIST, 20 },
    { FF_ENROLMENT_STATUS_DROPPED_OUT, 5 }, { FF_ENROLMENT_STATUS_MOVED, 5 },
  };
  static const Transition from_interviewed[] = {
    { FF_ENROLMENT_STATUS_ACTIVE, 70 }, { FF_ENROLMENT_STATUS_WAITING_LIST, 25 },
    { FF_ENROLMENT_STATUS_DROPPED_OUT, 5 },
  };
  static const Transition from_waiting[] = {
    { FF_ENROLMENT_STATUS_ACTIVE, 85 }, { FF_ENROLMENT_STATUS_DROPPED_OUT, 8 },
    { FF_ENROLMENT_STATUS_MOVED, 7 },
  };
  static const Transition from_active[] = {
    { FF_ENROLMENT_STATUS_COMPLETED, 50 }, { FF_ENROLMENT_STATUS_ON_LEAVE, 20 },
    { FF_ENROLMENT_STATUS_DROPPED_OUT, 15 }, { FF_ENROLMENT_STATUS_MOVED, 15 },
  };
  static const Transition from_leave[] = {
    { FF_ENROLMENT_STATUS_ACTIVE, 80 }, { FF_ENROLMENT_STATUS_DROPPED_OUT, 20 },
  };

  switch (status)
    {
    case FF_ENROLMENT_STATUS_REFERRED:
      *n = G_N_ELEMENTS (from_referred);
      return from_referred;
    case FF_ENROLMENT_STATUS_INTERVIEWED:
      *n = G_N_ELEMENTS (from_interviewed);
      return from_interviewed;
    case FF_ENROLMENT_STATUS_WAITING_LIST:
      *n = G_N_ELEMENTS (from_waiting);
      return from_waiting;
    case FF_ENROLMENT_STATUS_ACTIVE:
      *n = G_N_ELEMENTS (from_active);
      return from_active;
    case FF_ENROLMENT_STATUS_ON_LEAVE:
      *n = G_N_ELEMENTS (from_leave);
      return from_leave;
    case FF_ENROLMENT_STATUS_ANY:
    case FF_ENROLMENT_STATUS_NONE:
    case FF_ENROLMENT_STATUS_COMPLETED:
    case FF_ENROLMENT_STATUS_DROPPED_OUT:
    case FF_ENROLMENT_STATUS_MOVED:
    case FF_ENROLMENT_N_STATUSES:
    default:
      *n = 0;
      return NULL;
    }
}

/* Reasons as a contact person would write them, by status. */
static const char *
pick_reason (GRand             *rand,
             FfEnrolmentStatus  status,
             FfEnrolmentStatus  previous)
{
  static const char * const referred[] = {
    "Henvist fra NAV", "Henvist fra flyktningtjenesten", "Søkte selv",
    "Henvist fra voksenopplæringen",
  };
  static const char * const interviewed[] = {
    "Kartleggingssamtale gjennomført", "Inntakssamtale med tolk",
    "Samtale om mål og ønsker",
  };
  static const char * const waiting[] = {
    "Kurset er fullt", "Venter på barnehageplass", "Venter på oppstart av ny gruppe",
  };
  static const char * const active[] = {
    "Startet i programmet", "Individuell plan signert", "Avtale om praksisplass inngått",
  };
  static const char * const leave[] = {
    "Foreldrepermisjon", "Sykmeldt", "Permisjon for å besøke familie",
  };
  static const char * const completed[] = {
    "Fikk fast jobb", "Fullført program", "Startet utdanning", "Registrerte eget foretak",
    "Fikk lærlingplass",
  };
  static const char * const dropped[] = {
    "Avsluttet etter eget ønske", "Møtte ikke over lengre tid", "Helsemessige årsaker",
  };
  static const char * const moved[] = {
    "Flyttet til annen kommune", "Flyttet til Oslo", "Flyttet for å bo med familie",
  };
  const char * const *list;
  guint n;

  switch (status)
    {
    case FF_ENROLMENT_STATUS_REFERRED: list = referred; n = G_N_ELEMENTS (referred); break;
    case FF_ENROLMENT_STATUS_INTERVIEWED:
      list = interviewed;
      n = G_N_ELEMENTS (interviewed);
      break;
    case FF_ENROLMENT_STATUS_WAITING_LIST: list = waiting; n = G_N_ELEMENTS (waiting); break;
    case FF_ENROLMENT_STATUS_ACTIVE:
      if (previous == FF_ENROLMENT_STATUS_ON_LEAVE)
        return "Tilbake fra permisjon";
      list = active;
      n = G_N_ELEMENTS (active);
      break;
    case FF_ENROLMENT_STATUS_ON_LEAVE: list = leave; n = G_N_ELEMENTS (leave); break;
    case FF_ENROLMENT_STATUS_COMPLETED: list = completed; n = G_N_ELEMENTS (completed); break;
    case FF_ENROLMENT_STATUS_DROPPED_OUT: list = dropped; n = G_N_ELEMENTS (dropped); break;
    case FF_ENROLMENT_STATUS_MOVED: list = moved; n = G_N_ELEMENTS (moved); break;
    case FF_ENROLMENT_STATUS_ANY:
    case FF_ENROLMENT_STATUS_NONE:
    case FF_ENROLMENT_N_STATUSES:
    default:
      return "";
    }

  return list[g_rand_int_range (rand, 0, n)];
}

#define MAX_CHANGES 5

typedef struct
{
  guint programme;
  guint n_changes;
  FfEnrolmentStatus status[MAX_CHANGES];
  guint32 date[MAX_CHANGES];      /* Julian days */
  const char *reason[MAX_CHANGES];
} EnrolmentPlan;

/* A participant staged in the batch, and the enrolments to add once the
 * participant is in the participant table (the enrolments refer to it). */
typedef struct
{
  gint64 id;
  guint n_plans;
  EnrolmentPlan plans[2];
  /* What an individual plan is made from. */
  int level;                      /* oral Norwegian: index in cefr, -1 unknown */
  const char *languages;
  const char *country;
  const char *contact_person;
} Pending;

typedef struct
{
  FfStore *store;
  GRand *rand;
  /* Individual plans draw from their own generator, so that the participants and
   * enrolments of a seed stay as they were before plans came. */
  GRand *plan_rand;
  guint n_due_this_week;
  GHashTable *national_ids;       /* the ones given out, so none is given twice */
  gint64 programme_ids[G_N_ELEMENTS (programmes)];
  guint32 programme_start[G_N_ELEMENTS (programmes)];
  guint32 programme_end[G_N_ELEMENTS (programmes)];
  guint32 reference;
  char *now;
} Sample;

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])
#define PICK_TWO(rand, array) pick_two ((rand), (array), G_N_ELEMENTS (array))

/* "a, b" of two different entries. */
static char *
pick_two (GRand             *rand,
          const char * const *array,
          guint               n)
{
  guint first = g_rand_int_range (rand, 0, n);
  guint second = (first + g_rand_int_range (rand, 1, n)) % n;

  return g_strdup_printf ("%s, %s", array[first], array[second]);
}

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

static guint32
julian_from_iso (const char *iso)
{
  g_autoptr(GDate) date = g_date_new ();
  int y = 0, m = 0, d = 0;

  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    g_return_val_if_reached (0);
  g_date_set_dmy (date, d, m, y);
  return g_date_get_julian (date);
}

static void
iso_from_julian (guint32 julian,
                 char    out[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (out, 11, "%04d-%02d-%02d",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

static guint32
random_day (GRand   *rand,
            guint32  from,
            guint32  to)
{
  if (to <= from)
    return from;
  return from + (guint32) g_rand_int_range (rand, 0, (gint32) (to - from + 1));
}

static guint32
julian_from_dmy (int day,
                 int month,
                 int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static gboolean
step_ok (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

#define PARTICIPANT_COLUMNS \
  "id, uuid, created_at, updated_at, given_name, family_name, native_name, birth_date," \
  " national_id, gender, country, arrival_date, phone, email, address, postcode," \
  " municipality, education, professions, driving_licence, interests, goals, languages," \
  " norwegian_oral, norwegian_written, family_notes, health_notes, contact_person," \
  " referral_from, referral_date, consent_date, consent_scope, notes, status, sort_name," \
  " search_text"

static gboolean
exec_sql (FfStore     *store,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (ff_store_get_db (store), sql, NULL, NULL, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);
  return TRUE;
}

static gboolean
create_staging (FfStore  *store,
                GError  **error)
{
  return exec_sql (store,
                   "CREATE TEMP TABLE IF NOT EXISTS sample_participant AS"
                   " SELECT " PARTICIPANT_COLUMNS " FROM main.participant WHERE 0",
                   error);
}

/* Moves the staged participants into the participant table (and so into the
 * search index) with one statement. */
static gboolean
move_staged (FfStore  *store,
             GError  **error)
{
  sqlite3_stmt *stmt;

  stmt = ff_store_prepare (store,
                           "INSERT INTO main.participant (" PARTICIPANT_COLUMNS ")"
                           " SELECT " PARTICIPANT_COLUMNS
                           " FROM temp.sample_participant ORDER BY id",
                           error);
  if (stmt == NULL)
    return FALSE;
  if (!step_ok (stmt))
    return ff_store_set_sqlite_error (store, error);

  stmt = ff_store_prepare (store, "DELETE FROM temp.sample_participant", error);
  if (stmt == NULL)
    return FALSE;
  if (!step_ok (stmt))
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

static gint64
next_participant_id (FfStore  *store,
                     GError  **error)
{
  sqlite3_stmt *stmt = ff_store_prepare (store,
                                         "SELECT COALESCE(MAX(id), 0) + 1 FROM participant",
                                         error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else
    ff_store_set_sqlite_error (store, error);
  sqlite3_reset (stmt);
  return id;
}

/* PRAGMA cache_size: pages when positive, KiB when negative. */
static gint64
get_cache_size (FfStore *store)
{
  sqlite3_stmt *stmt = ff_store_prepare (store, "PRAGMA cache_size", NULL);
  gint64 size = -2000;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return size;
}

static void
set_cache_size (FfStore *store,
                gint64   size)
{
  /* A PRAGMA takes no bound parameters; the value is a number this file chose. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, size);

  sqlite3_exec (ff_store_get_db (store), sql, NULL, NULL, NULL);
}

static gboolean
insert_programmes (Sample  *s,
                   GError **error)
{
  sqlite3_stmt *stmt;

  if (!ff_store_begin (s->store, error))
    return FALSE;

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO programme (uuid, created_at, updated_at, name, kind,"
                           " organisation, funder, start_date, end_date, notes)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    goto fail;

  for (guint i = 0; i < G_N_ELEMENTS (programmes); i++)
    {
      const ProgrammeInfo *p = &programmes[i];
      g_autofree char *uuid = ff_store_new_uuid ();

      bind_text (stmt, 1, uuid);
      bind_text (stmt, 2, s->now);
      bind_text (stmt, 3, s->now);
      bind_text (stmt, 4, p->name);
      bind_text (stmt, 5, ff_choice_list_key (&ff_programme_kinds, p->kind));
      bind_text (stmt, 6, p->organisation);
      bind_text (stmt, 7, p->funder);
      bind_text (stmt, 8, p->start);
      bind_text (stmt, 9, p->end);
      bind_text (stmt, 10, p->notes);
      if (!step_ok (stmt))
        {
          ff_store_set_sqlite_error (s->store, error);
          goto fail;
        }
      s->programme_ids[i] = sqlite3_last_insert_rowid (ff_store_get_db (s->store));
      s->programme_start[i] = julian_from_iso (p->start);
      s->programme_end[i] = MIN (julian_from_iso (p->end), s->reference);

      if (!ff_store_audit (s->store, "programme", uuid, NULL, NULL, "created", error))
        goto fail;
    }

  return ff_store_commit (s->store, error);

fail:
  ff_store_rollback (s->store);
  return FALSE;
}

/* A plausible history in @programme for someone who arrived on @arrival; FALSE
 * when the programme had ended before they could join. */
static gboolean
plan_enrolment (Sample        *s,
                guint          programme,
                guint32        arrival,
                EnrolmentPlan *plan)
{
  guint32 first = MAX (s->programme_start[programme], arrival + 14);
  guint32 last = s->programme_end[programme];
  guint target;
  int r;

  if (first > last)
    return FALSE;

  memset (plan, 0, sizeof *plan);
  plan->programme = programme;
  plan->date[0] = random_day (s->rand, first, MIN (last, first + 400));
  r = g_rand_int_range (s->rand, 0, 100);
  plan->status[0] = r < 80 ? FF_ENROLMENT_STATUS_REFERRED
                    : r < 90 ? FF_ENROLMENT_STATUS_INTERVIEWED
                    : FF_ENROLMENT_STATUS_WAITING_LIST;
  plan->reason[0] = pick_reason (s->rand, plan->status[0], FF_ENROLMENT_STATUS_NONE);
  plan->n_changes = 1;

  /* In a programme that has ended, everyone's enrolment has come to an end too,
   * as far as the dates allow. */
  if (s->programme_end[programme] < s->reference)
    target = MAX_CHANGES;
  else
    target = g_rand_int_range (s->rand, 1, MAX_CHANGES + 1);
  while (plan->n_changes < target)
    {
      FfEnrolmentStatus current = plan->status[plan->n_changes - 1];
      guint n_next, total = 0, pick;
      const Transition *next = next_statuses (current, &n_next);
      guint32 date = plan->date[plan->n_changes - 1] + g_rand_int_range (s->rand, 7, 150);
      FfEnrolmentStatus chosen = FF_ENROLMENT_STATUS_NONE;

      if (n_next == 0 || date > last)
        break;

      for (guint i = 0; i < n_next; i++)
        total += next[i].weight;
      pick = g_rand_int_range (s->rand, 0, total);
      for (guint i = 0; i < n_next; i++)
        {
          if (pick < next[i].weight)
            {
              chosen = next[i].status;
              break;
            }
          pick -= next[i].weight;
        }

      plan->status[plan->n_changes] = chosen;
      plan->date[plan->n_changes] = date;
      plan->reason[plan->n_changes] = pick_reason (s->rand, chosen, current);
      plan->n_changes++;
    }

  return TRUE;
}

/* Individual plans */

/* Probability, in percent, that an enrolment a plan fits has one. */
#define PLAN_SHARE 75

static const char * const work_goals[] = {
  "Fast jobb som helsefagarbeider innen 2027",
  "Jobb som assistent i barnehage",
  "Fast stilling som sjåfør i kollektivtrafikken",
  "Jobb innen renhold med fast kontrakt",
  "Jobb som kokk i restaurant eller kantine",
  "Deltidsjobb i butikk som kan bli fast",
  "Jobb som elektriker igjen, med norsk godkjenning",
  "Arbeid på lager og i logistikk",
  "Jobb som regnskapsmedarbeider",
};
static const char * const education_goals[] = {
  "Fagbrev som tømrer",
  "Fagbrev i helsearbeiderfaget",
  "Godkjenning av sykepleierutdanningen fra hjemlandet",
  "Fullføre videregående skole for voksne",
  "Studere IT ved fagskolen",
  "Fagbrev som kokk",
};
static const char * const business_goals[] = {
  "Eget bakeri i sentrum",
  "Egen frisørsalong",
  "Matvogn med ukrainske dumplings",
  "Eget rengjøringsfirma",
  "Neglesalong i sentrum",
  "Syverksted med reparasjoner og redesign",
  "Kafé med hjemmebakst",
};
static const char * const other_goals[] = {
  "Mestre hverdagen i Norge og bli en del av lokalsamfunnet",
  "Bli mer selvstendig og ta førerkort",
  "Bedre helse og en trygg hverdag for familien",
};

/* Sub-goals; NULL is "pass the oral Norwegian test at the plan's level". */
static const char * const common_subgoals[] = {
  NULL,
  "Bestå prøve i samfunnskunnskap",
  "Lage CV og søknadsbrev på norsk",
  "Delta i språkkafé hver uke",
  "Bli kjent med norsk arbeidsliv gjennom praksis",
  "Ta førerkort klasse B",
};
static const char * const work_subgoals[] = {
  "Søke minst fem jobber i måneden",
  "Få referanse fra praksisplassen",
  "Få godkjent utdanningen fra hjemlandet",
};
static const char * const education_subgoals[] = {
  "Søke opptak til videregående skole",
  "Ta fag i matematikk og engelsk",
  "Få læreplass",
};
static const char * const business_subgoals[] = {
  "Skrive forretningsplan",
  "Registrere enkeltpersonforetak i Brønnøysundregistrene",
  "Gjennomføre markedsundersøkelse blant 30 kunder",
  "Søke etablererstipend fra Innovasjon Norge",
};

typedef struct
{
  FfActivityKind kind;
  const char *description;
  int minutes;              /* per week */
  const char *responsible;  /* NULL: the contact person, as programme adviser */
} ActivityInfo;

static const ActivityInfo activity_infos[] = {
  /* Norwegian tuition first: every plan has one of these. */
  { FF_ACTIVITY_NORWEGIAN_TUITION, "Norskopplæring på dagtid", 15 * 60, "Voksenopplæringen" },
  { FF_ACTIVITY_NORWEGIAN_TUITION, "Norskkurs med vekt på muntlig", 12 * 60 + 30,
    "Voksenopplæringen" },
  { FF_ACTIVITY_NORWEGIAN_TUITION, "Yrkesrettet norsk", 10 * 60, "Voksenopplæringen" },
#define N_TUITION 3
  { FF_ACTIVITY_WORK_LIFE_KNOWLEDGE, "Arbeidslivskunnskap: rettigheter, plikter og "
    "arbeidskultur", 3 * 60, NULL },
  { FF_ACTIVITY_COMPUTER_SKILLS, "Digitale ferdigheter: e-post, BankID og nav.no", 2 * 60,
    "Voksenopplæringen" },
  { FF_ACTIVITY_JOB_SEEKING, "Jobbsøkerkurs, CV og søknader", 4 * 60, "NAV" },
  { FF_ACTIVITY_JOB_SEEKING, "Søke tre jobber i uka og føre jobbsøkerlogg", 3 * 60, "NAV" },
  { FF_ACTIVITY_LANGUAGE_PRACTICE, "Språkpraksis i barnehage, 2 dager i uka", 15 * 60, NULL },
  { FF_ACTIVITY_LANGUAGE_PRACTICE, "Språkpraksis i butikk, 3 dager i uka", 22 * 60 + 30,
    NULL },
  { FF_ACTIVITY_WORK_PRACTICE, "Arbeidspraksis på sykehjem, 2 dager i uka", 15 * 60, "NAV" },
  { FF_ACTIVITY_WORK_PRACTICE, "Arbeidspraksis hos byggefirma, 4 dager i uka", 30 * 60,
    "NAV" },
  { FF_ACTIVITY_COURSE, "Etableringskurs for nyetablerere", 6 * 60, "Etablerertjenesten" },
  { FF_ACTIVITY_COURSE, "Truckførerkurs", 7 * 60 + 30, "Voksenopplæringen" },
  { FF_ACTIVITY_COURSE, "Hygienekurs for næringsmiddelarbeidere", 3 * 60,
    "Voksenopplæringen" },
  { FF_ACTIVITY_MENTOR_MEETINGS, "Samtale med mentor hver uke", 60, "Frivilligsentralen" },
  { FF_ACTIVITY_DRIVING_LESSONS, "Kjøretimer klasse B", 90, "Trafikkskolen" },
  { FF_ACTIVITY_PRIVATE_ECONOMY, "Kurs i privatøkonomi og budsjett", 60, "NAV" },
  { FF_ACTIVITY_OTHER, "Trening med Frisklivssentralen", 2 * 60, "Frisklivssentralen" },
};

/* The activities (by index above, after Norwegian tuition) that fit each goal. */
static const guint8 work_activities[] = { 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 17 };
static const guint8 education_activities[] = { 3, 4, 7, 12, 13, 14, 15 };
static const guint8 business_activities[] = { 3, 4, 11, 13, 14, 16 };
static const guint8 other_activities[] = { 3, 7, 14, 15, 16, 17 };

static const char * const review_notes[] = {
  "Går etter planen.",
  "God framgang i norsk. Fortsetter praksis.",
  "Fravær drøftet, avtalt fast oppmøte.",
  "Praksisplassen er fornøyd.",
  "Trenger mer støtte i jobbsøkingen.",
  "Delmål nådd, nye delmål satt.",
  "Ønsker mer norsk, får ekstra kurs.",
};

/* CEFR levels a plan aims at, from the participant's level. */
static const char * const plan_levels[] = { "A0", "A1", "A2", "B1", "B2", "C1", "C2" };

/* What stays the same in every version of one enrolment's plan. */
typedef struct
{
  FfPlanGoal goal;
  const char *goal_text;
  const char *level;
  const char *language;
  const char *second_language;
  char *adviser;              /* the contact person, as programme adviser */
  guint32 norwegian_date;
  guint n_subgoals;
  const char *subgoals[4];
  gboolean subgoal_is_test[4];
  guint n_activities;
  const ActivityInfo *activities[7];
  guint n_reviews;
} PlanContent;

static gboolean
is_placement (FfActivityKind kind)
{
  return kind == FF_ACTIVITY_LANGUAGE_PRACTICE || kind == FF_ACTIVITY_WORK_PRACTICE;
}

/* @n different entries of 0 … @n_all - 1 into @out. */
static void
pick_distinct (GRand  *rand,
               guint   n_all,
               guint   n,
               guint  *out)
{
  guint all[32];

  g_assert (n_all <= G_N_ELEMENTS (all) && n <= n_all);
  for (guint i = 0; i < n_all; i++)
    all[i] = i;
  for (guint i = 0; i < n; i++)
    {
      guint j = i + g_rand_int_range (rand, 0, n_all - i);
      guint t = all[i];

      all[i] = all[j];
      all[j] = t;
      out[i] = all[i];
    }
}

static void
make_plan_content (Sample        *s,
                   const Pending *pending,
                   PlanContent   *c)
{
  GRand *rand = s->plan_rand;
  const char * const *goal_subgoals;
  guint n_goal_subgoals;
  const guint8 *fitting;
  guint n_fitting;
  guint picked[16];
  int r = g_rand_int_range (rand, 0, 100);
  int level;

  if (r < 55)
    {
      c->goal = FF_PLAN_GOAL_WORK;
      c->goal_text = PICK (rand, work_goals);
      goal_subgoals = work_subgoals;
      n_goal_subgoals = G_N_ELEMENTS (work_subgoals);
      fitting = work_activities;
      n_fitting = G_N_ELEMENTS (work_activities);
    }
  else if (r < 80)
    {
      c->goal = FF_PLAN_GOAL_EDUCATION;
      c->goal_text = PICK (rand, education_goals);
      goal_subgoals = education_subgoals;
      n_goal_subgoals = G_N_ELEMENTS (education_subgoals);
      fitting = education_activities;
      n_fitting = G_N_ELEMENTS (education_activities);
    }
  else if (r < 92)
    {
      c->goal = FF_PLAN_GOAL_OWN_BUSINESS;
      c->goal_text = PICK (rand, business_goals);
      goal_subgoals = business_subgoals;
      n_goal_subgoals = G_N_ELEMENTS (business_subgoals);
      fitting = business_activities;
      n_fitting = G_N_ELEMENTS (business_activities);
    }
  else
    {
      c->goal = FF_PLAN_GOAL_OTHER;
      c->goal_text = PICK (rand, other_goals);
      goal_subgoals = work_subgoals;
      n_goal_subgoals = 0;
      fitting = other_activities;
      n_fitting = G_N_ELEMENTS (other_activities);
    }

  /* One or two steps above where they are now. */
  if (pending->level < 0)
    level = g_rand_int_range (rand, 2, 4);
  else
    level = pending->level + g_rand_int_range (rand, 1, 3);
  c->level = plan_levels[CLAMP (level, 1, (int) G_N_ELEMENTS (plan_levels) - 1)];
  c->language = chance (rand, 12) ? "nn" : "nb";
  c->second_language = ff_plan_language_for_participant (pending->languages, pending->country);
  c->adviser = g_strconcat (pending->contact_person, ", programrådgiver", NULL);

  /* Sub-goals: one or two of the goal's own, the rest common ones. */
  c->n_subgoals = g_rand_int_range (rand, 2, 5);
  {
    guint own = MIN (n_goal_subgoals, (guint) g_rand_int_range (rand, 1, 3));
    guint n_common = c->n_subgoals - own;

    pick_distinct (rand, n_goal_subgoals, own, picked);
    for (guint i = 0; i < own; i++)
      {
        c->subgoals[i] = goal_subgoals[picked[i]];
        c->subgoal_is_test[i] = FALSE;
      }
    pick_distinct (rand, G_N_ELEMENTS (common_subgoals), n_common, picked);
    for (guint i = 0; i < n_common; i++)
      {
        c->subgoals[own + i] = common_subgoals[picked[i]];
        c->subgoal_is_test[own + i] = common_subgoals[picked[i]] == NULL;
      }
  }

  /* Norwegian tuition, then activities of other kinds; one placement at most. */
  c->n_activities = g_rand_int_range (rand, 3, 8);
  c->activities[0] = &activity_infos[g_rand_int_range (rand, 0, N_TUITION)];
  pick_distinct (rand, n_fitting, n_fitting, picked);
  {
    guint n = 1;

    for (guint i = 0; i < n_fitting && n < c->n_activities; i++)
      {
        const ActivityInfo *a = &activity_infos[fitting[picked[i]]];
        gboolean taken = FALSE;

        for (guint j = 1; j < n; j++)
          taken |= a->kind == c->activities[j]->kind ||
                   (is_placement (a->kind) && is_placement (c->activities[j]->kind));
        if (!taken)
          c->activities[n++] = a;
      }
    c->n_activities = n;
  }

  c->n_reviews = g_rand_int_range (rand, 2, 4);
}

static void
plan_content_clear (PlanContent *c)
{
  g_clear_pointer (&c->adviser, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanContent, plan_content_clear)

/* Monday to Friday: a weekend day moves to the Monday after. */
static guint32
weekday_on_or_after (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  switch (g_date_get_weekday (&date))
    {
    case G_DATE_SATURDAY:
      return julian + 2;
    case G_DATE_SUNDAY:
      return julian + 1;
    default:
      return julian;
    }
}

/* One version of a plan for the period @start … @end, as it stood on @as_of: what
 * ended before it is done, reviews before it were held. A version with a
 * @signed_day is then signed. */
static gboolean
insert_plan_version (Sample             *s,
                     const PlanContent  *c,
                     gint64              enrolment_id,
                     int                 version,
                     guint32             start,
                     guint32             end,
                     guint32             as_of,
                     guint32             signed_day,
                     gboolean            due_this_week,
                     GError            **error)
{
  GRand *rand = s->plan_rand;
  g_autofree char *uuid = ff_store_new_uuid ();
  char start_iso[11], end_iso[11], norwegian_iso[11], day[11], day2[11];
  guint32 length = end - start + 1;
  sqlite3_stmt *stmt;
  gint64 plan_id;

  iso_from_julian (start, start_iso);
  iso_from_julian (end, end_iso);
  iso_from_julian (c->norwegian_date, norwegian_iso);

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO plan (uuid, created_at, updated_at, enrolment_id,"
                           " version, state, period_start, period_end, goal, goal_text,"
                           " norwegian_level, norwegian_date, language, second_language)"
                           " VALUES (?1, ?2, ?2, ?3, ?4, 'draft', ?5, ?6, ?7, ?8, ?9, ?10,"
                           " ?11, ?12)",
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, uuid);
  bind_text (stmt, 2, s->now);
  sqlite3_bind_int64 (stmt, 3, enrolment_id);
  sqlite3_bind_int (stmt, 4, version);
  bind_text (stmt, 5, start_iso);
  bind_text (stmt, 6, end_iso);
  bind_text (stmt, 7, ff_choice_list_key (&ff_plan_goals, c->goal));
  bind_text (stmt, 8, c->goal_text);
  bind_text (stmt, 9, c->level);
  bind_text (stmt, 10, norwegian_iso);
  bind_text (stmt, 11, c->language);
  bind_text (stmt, 12, c->second_language);
  if (!step_ok (stmt))
    return ff_store_set_sqlite_error (s->store, error);
  plan_id = sqlite3_last_insert_rowid (ff_store_get_db (s->store));

  if (!ff_store_audit (s->store, "plan", uuid, NULL, NULL, "created", error))
    return FALSE;

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO plan_subgoal (uuid, created_at, updated_at, plan_id,"
                           " position, text, target_date) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)",
                           error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < c->n_subgoals; i++)
    {
      g_autofree char *part_uuid = ff_store_new_uuid ();
      g_autofree char *test = NULL;

      /* Target dates spread over the period, the last at its end. */
      iso_from_julian (start + length * (i + 1) / c->n_subgoals - 1, day);
      if (c->subgoal_is_test[i])
        test = g_strdup_printf ("Bestå norskprøven muntlig på %s", c->level);
      bind_text (stmt, 1, part_uuid);
      bind_text (stmt, 2, s->now);
      sqlite3_bind_int64 (stmt, 3, plan_id);
      sqlite3_bind_int (stmt, 4, i);
      bind_text (stmt, 5, test != NULL ? test : c->subgoals[i]);
      bind_text (stmt, 6, chance (rand, 80) ? day : "");
      if (!step_ok (stmt))
        return ff_store_set_sqlite_error (s->store, error);
    }

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO plan_activity (uuid, created_at, updated_at, plan_id,"
                           " position, kind, description, minutes_per_week, start_date,"
                           " end_date, responsible, status)"
                           " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                           error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < c->n_activities; i++)
    {
      const ActivityInfo *a = c->activities[i];
      g_autofree char *part_uuid = ff_store_new_uuid ();
      guint32 from = start + (i == 0 ? 0 : g_rand_int_range (rand, 0, length / 3));
      guint32 to = end - (i == 0 ? 0 : g_rand_int_range (rand, 0, length / 4));
      FfActivityStatus status;

      from = MIN (weekday_on_or_after (from), to);
      if (to < as_of)
        status = chance (rand, 8) ? FF_ACTIVITY_CANCELLED : FF_ACTIVITY_DONE;
      else if (from > as_of)
        status = FF_ACTIVITY_PLANNED;
      else
        status = FF_ACTIVITY_ONGOING;

      iso_from_julian (from, day);
      iso_from_julian (to, day2);
      bind_text (stmt, 1, part_uuid);
      bind_text (stmt, 2, s->now);
      sqlite3_bind_int64 (stmt, 3, plan_id);
      sqlite3_bind_int (stmt, 4, i);
      bind_text (stmt, 5, ff_choice_list_key (&ff_activity_kinds, a->kind));
      bind_text (stmt, 6, a->description);
      sqlite3_bind_int (stmt, 7, a->minutes);
      bind_text (stmt, 8, day);
      bind_text (stmt, 9, day2);
      bind_text (stmt, 10, a->responsible != NULL ? a->responsible : c->adviser);
      bind_text (stmt, 11, ff_choice_list_key (&ff_activity_statuses, status));
      if (!step_ok (stmt))
        return ff_store_set_sqlite_error (s->store, error);
    }

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO plan_review (uuid, created_at, updated_at, plan_id,"
                           " position, date, note, done) VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7)",
                           error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < c->n_reviews; i++)
    {
      g_autofree char *part_uuid = ff_store_new_uuid ();
      guint32 date = start + length * (i + 1) / (c->n_reviews + 1)
                     + g_rand_int_range (rand, -3, 4);
      gboolean held;

      date = weekday_on_or_after (date);
      held = date < as_of;
      /* Someone's next review falls in the sample's own week, not held yet. */
      if (due_this_week && date >= as_of)
        {
          date = s->reference - g_rand_int_range (rand, 0, 4);
          held = FALSE;
          due_this_week = FALSE;
          s->n_due_this_week++;
        }

      iso_from_julian (date, day);
      bind_text (stmt, 1, part_uuid);
      bind_text (stmt, 2, s->now);
      sqlite3_bind_int64 (stmt, 3, plan_id);
      sqlite3_bind_int (stmt, 4, i);
      bind_text (stmt, 5, day);
      bind_text (stmt, 6, held ? PICK (rand, review_notes) : "");
      sqlite3_bind_int (stmt, 7, held);
      if (!step_ok (stmt))
        return ff_store_set_sqlite_error (s->store, error);
    }

  if (signed_day != 0)
    {
      iso_from_julian (signed_day, day);
      if (!ff_plan_freeze (s->store, plan_id, day, s->now, error))
        return FALSE;
    }

  return TRUE;
}

/* A plan for an enrolment that was active at some time: a draft for its current
 * agreement period, and for some, signed versions before it. */
static gboolean
insert_individual_plans (Sample              *s,
                         const Pending       *pending,
                         const EnrolmentPlan *plan,
                         gint64               enrolment_id,
                         GError             **error)
{
  GRand *rand = s->plan_rand;
  g_auto(PlanContent) content = { 0 };
  FfEnrolmentStatus final = plan->status[plan->n_changes - 1];
  guint32 active = 0, until, length, draft_start, last_signed = 0;
  guint n_signed = 0;
  guint periods;
  gboolean due_this_week;

  if (final != FF_ENROLMENT_STATUS_ACTIVE && final != FF_ENROLMENT_STATUS_ON_LEAVE &&
      final != FF_ENROLMENT_STATUS_COMPLETED)
    return TRUE;
  for (guint i = 0; i < plan->n_changes && active == 0; i++)
    {
      if (plan->status[i] == FF_ENROLMENT_STATUS_ACTIVE)
        active = plan->date[i];
    }
  if (active == 0 || !chance (rand, PLAN_SHARE))
    return TRUE;

  make_plan_content (s, pending, &content);

  /* Agreement periods of three or six months from the day they began; the draft
   * is for the period under way (or the last one, for a completed enrolment). */
  length = chance (rand, 70) ? 91 : 182;
  until = final == FF_ENROLMENT_STATUS_COMPLETED ? plan->date[plan->n_changes - 1]
                                                 : s->reference;
  periods = (until - MIN (active, until)) / length;
  draft_start = active + periods * length;
  content.norwegian_date = draft_start + length - 1 + 91 * g_rand_int_range (rand, 0, 3);
  if (chance (rand, 33))
    n_signed = g_rand_int_range (rand, 1, 3);

  due_this_week = final == FF_ENROLMENT_STATUS_ACTIVE &&
                  draft_start + length > s->reference + 7 &&
                  (s->n_due_this_week < 3 || chance (rand, 4));

  for (guint v = 0; v <= n_signed; v++)
    {
      /* Earlier versions for the periods before, as far as there were any. */
      guint back = MIN (n_signed - v, periods);
      guint32 start = draft_start - back * length;
      guint32 end = start + length - 1;
      guint32 signed_day = 0;
      guint32 as_of = s->reference;

      if (v < n_signed)
        {
          signed_day = MAX (start + g_rand_int_range (rand, 0, 8), last_signed + 1);
          signed_day = MIN (signed_day, s->reference);
          last_signed = signed_day;
          as_of = signed_day;
        }

      if (!insert_plan_version (s, &content, enrolment_id, v + 1, start, end, as_of,
                                signed_day, v == n_signed && due_this_week, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_enrolment (Sample              *s,
                  const Pending       *pending,
                  const EnrolmentPlan *plan,
                  GError             **error)
{
  gint64 participant_id = pending->id;
  sqlite3_stmt *stmt;
  sqlite3_stmt *history;
  g_autofree char *uuid = ff_store_new_uuid ();
  guint last = plan->n_changes - 1;
  FfEnrolmentStatus final = plan->status[last];
  char status_date[11], agreement_start[11] = "", agreement_end[11] = "";
  const char *exit_reason = "";
  const char *exit_activity = "";
  gint64 enrolment_id;

  iso_from_julian (plan->date[last], status_date);
  for (guint i = 0; i < plan->n_changes; i++)
    {
      /* Agreements run three months from the start in the programme. */
      if (plan->status[i] == FF_ENROLMENT_STATUS_ACTIVE)
        {
          iso_from_julian (plan->date[i], agreement_start);
          iso_from_julian (plan->date[i] + 91, agreement_end);
          break;
        }
    }

  if (final == FF_ENROLMENT_STATUS_COMPLETED)
    {
      static const char * const activities[] = {
        "Arbeid", "Utdanning", "Eget foretak", "Lærlingplass", "Deltidsarbeid",
      };

      exit_reason = plan->reason[last];
      exit_activity = PICK (s->rand, activities);
    }
  else if (final == FF_ENROLMENT_STATUS_DROPPED_OUT || final == FF_ENROLMENT_STATUS_MOVED)
    {
      exit_reason = plan->reason[last];
      exit_activity = final == FF_ENROLMENT_STATUS_MOVED ? "Flyttet" : "Ingen aktivitet";
    }

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO enrolment (uuid, created_at, updated_at, participant_id,"
                           " programme_id, status, status_date, agreement_start, agreement_end,"
                           " exit_reason, exit_activity)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, uuid);
  bind_text (stmt, 2, s->now);
  bind_text (stmt, 3, s->now);
  sqlite3_bind_int64 (stmt, 4, participant_id);
  sqlite3_bind_int64 (stmt, 5, s->programme_ids[plan->programme]);
  bind_text (stmt, 6, ff_enrolment_status_to_key (final));
  bind_text (stmt, 7, status_date);
  bind_text (stmt, 8, agreement_start);
  bind_text (stmt, 9, agreement_end);
  bind_text (stmt, 10, exit_reason);
  bind_text (stmt, 11, exit_activity);
  if (!step_ok (stmt))
    return ff_store_set_sqlite_error (s->store, error);
  enrolment_id = sqlite3_last_insert_rowid (ff_store_get_db (s->store));

  if (!ff_store_audit (s->store, "enrolment", uuid, NULL, NULL, "created", error))
    return FALSE;

  history = ff_store_prepare (s->store,
                              "INSERT INTO enrolment_status (uuid, created_at, updated_at,"
                              " enrolment_id, status, date, reason)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)",
                              error);
  if (history == NULL)
    return FALSE;

  for (guint i = 0; i < plan->n_changes; i++)
    {
      g_autofree char *change_uuid = ff_store_new_uuid ();
      char date[11];

      iso_from_julian (plan->date[i], date);
      bind_text (history, 1, change_uuid);
      bind_text (history, 2, s->now);
      bind_text (history, 3, s->now);
      sqlite3_bind_int64 (history, 4, enrolment_id);
      bind_text (history, 5, ff_enrolment_status_to_key (plan->status[i]));
      bind_text (history, 6, date);
      bind_text (history, 7, plan->reason[i]);
      if (!step_ok (history))
        return ff_store_set_sqlite_error (s->store, error);
    }

  return insert_individual_plans (s, pending, plan, enrolment_id, error);
}

/* A national id that has not been given out in this run; "" for the few who have
 * none yet. The individual number's last digit is even for women, odd for men. */
static char *
make_national_id (Sample      *s,
                  guint32      birth,
                  gboolean     female,
                  gboolean     d_number)
{
  GDate date;
  int year;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, birth);
  year = g_date_get_year (&date);

  for (guint attempt = 0; attempt < 200; attempt++)
    {
      guint individual;
      char *id;

      if (year >= 2000)
        individual = g_rand_int_range (s->rand, 500, 1000);
      else if (year >= 1940 && chance (s->rand, 10))
        individual = g_rand_int_range (s->rand, 900, 1000);
      else
        individual = g_rand_int_range (s->rand, 0, 500);
      individual = (individual & ~1u) | (female ? 0 : 1);

      id = ff_national_id_make (year, g_date_get_month (&date), g_date_get_day (&date),
                                individual, d_number);
      if (id == NULL)
        continue;
      if (g_hash_table_contains (s->national_ids, id))
        {
          g_free (id);
          continue;
        }
      g_hash_table_add (s->national_ids, id);
      return g_strdup (id);
    }

  return g_strdup ("");
}

static char *
email_for (GRand      *rand,
           const char *given,
           const char *family)
{
  g_autofree char *folded = NULL;
  g_autofree char *joined = g_strconcat (given, " ", family, NULL);
  GString *local = g_string_new (NULL);

  folded = ff_text_fold (joined);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        g_string_append_c (local, '.');
      else if (c == 0x00E6)
        g_string_append (local, "ae");
      else if (c == 0x00F8)
        g_string_append_c (local, 'o');
      else if (g_ascii_isalnum (c))
        g_string_append_c (local, (char) c);
    }
  if (chance (rand, 50))
    g_string_append_printf (local, "%02d", g_rand_int_range (rand, 1, 100));

  g_string_append_printf (local, "@%s", PICK (rand, email_domains));
  return g_string_free (local, FALSE);
}

static const Origin *
pick_origin (GRand *rand)
{
  guint r = g_rand_int_range (rand, 0, 100);

  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    {
      if (r < origins[i].weight)
        return &origins[i];
      r -= origins[i].weight;
    }
  return &origins[0];
}

static gboolean
stage_participant (Sample   *s,
                   Pending  *pending,
                   GError  **error)
{
  GRand *rand = s->rand;
  const Origin *origin = pick_origin (rand);
  gboolean female = chance (rand, 50);
  const Name *given = female ? &origin->female[g_rand_int_range (rand, 0, origin->n_female)]
                             : &origin->male[g_rand_int_range (rand, 0, origin->n_male)];
  const Name *family = &origin->family[g_rand_int_range (rand, 0, origin->n_family)];
  const Place *place = &PICK (rand, places);
  g_autofree char *native = NULL;
  g_autofree char *national_id = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *email = NULL;
  g_autofree char *address = NULL;
  g_autofree char *profession = NULL;
  g_autofree char *interest = NULL;
  g_autofree char *sort_name = NULL;
  g_autofree char *search = NULL;
  g_autofree char *uuid = ff_store_new_uuid ();
  char birth_date[11], arrival_date[11] = "", referral_date[11] = "", consent_date[11] = "";
  const char *oral = "", *written = "";
  EnrolmentPlan *plans = pending->plans;
  guint n_plans = 0;
  guint wanted;
  guint latest = 0;
  int age;
  guint32 birth, arrival;
  sqlite3_stmt *stmt;

  pending->level = -1;
  pending->country = origin->country;

  /* Most participants are of working age, fewer near the edges of 16–65. */
  age = 16 + (g_rand_int_range (rand, 0, 50) + g_rand_int_range (rand, 0, 50)) / 2;
  if (chance (rand, 10))
    age = g_rand_int_range (rand, 16, 66);
  birth = random_day (rand, s->reference - (age + 1) * 365 + 1, s->reference - age * 365);
  iso_from_julian (birth, birth_date);

  if (origin->arrival_from != 0)
    {
      arrival = random_day (rand, julian_from_dmy (1, 1, origin->arrival_from),
                            MIN (julian_from_dmy (31, 12, origin->arrival_to),
                                 s->reference - 60));
      arrival = MAX (arrival, birth + 365);
      iso_from_julian (arrival, arrival_date);
    }
  else
    {
      arrival = birth + 16 * 365;
    }

  if (given->native != NULL && family->native != NULL)
    native = g_strconcat (given->native, " ", family->native, NULL);

  if (!chance (rand, 8))
    national_id = make_national_id (s, birth, female,
                                    chance (rand, origin->d_number_share));
  else
    national_id = g_strdup ("");

  if (chance (rand, 95))
    phone = g_strdup_printf ("+47 %c%02d %02d %03d",
                             chance (rand, 60) ? '9' : '4',
                             g_rand_int_range (rand, 0, 100),
                             g_rand_int_range (rand, 0, 100),
                             g_rand_int_range (rand, 0, 1000));
  else
    phone = g_strdup ("");

  email = chance (rand, 45) ? email_for (rand, given->latin, family->latin) : g_strdup ("");
  address = g_strdup_printf ("%s %d%s", PICK (rand, streets), g_rand_int_range (rand, 1, 120),
                             chance (rand, 15) ? "B" : "");
  profession = chance (rand, 30) ? PICK_TWO (rand, professions)
                                 : g_strdup (PICK (rand, professions));
  interest = PICK_TWO (rand, interests);

  if (origin->arrival_from != 0 && !chance (rand, 15))
    {
      /* Roughly one CEFR level for every eighteen months in Norway */
      int years = (int) ((s->reference - arrival) / 365);
      int level = years * 2 / 3 + g_rand_int_range (rand, -1, 2);
      int written_level;

      /* (CLAMP and MAX evaluate their arguments more than once: no g_rand in them.) */
      level = CLAMP (level, 0, (int) G_N_ELEMENTS (cefr) - 1);
      written_level = level - g_rand_int_range (rand, 0, 2);
      oral = cefr[level];
      written = cefr[MAX (written_level, 0)];
      pending->level = level;
    }

  /* One or two programmes; the second must differ from the first. */
  wanted = chance (rand, 30) ? 2 : 1;
  for (guint attempt = 0; attempt < 6 && n_plans < wanted; attempt++)
    {
      guint programme = g_rand_int_range (rand, 0, G_N_ELEMENTS (programmes));

      if (n_plans == 1 && plans[0].programme == programme)
        continue;
      if (plan_enrolment (s, programme, arrival, &plans[n_plans]))
        n_plans++;
    }
  for (guint i = 1; i < n_plans; i++)
    {
      if (plans[i].date[plans[i].n_changes - 1]
          >= plans[latest].date[plans[latest].n_changes - 1])
        latest = i;
    }

  if (n_plans > 0)
    {
      guint32 referral = plans[0].date[0];
      guint32 consent;

      for (guint i = 1; i < n_plans; i++)
        referral = MIN (referral, plans[i].date[0]);
      consent = referral + g_rand_int_range (rand, 0, 15);
      iso_from_julian (referral, referral_date);
      iso_from_julian (MIN (consent, s->reference), consent_date);
    }

  sort_name = ff_text_sort_key (family->latin, given->latin);
  search = ff_participant_make_search_text (given->latin, family->latin,
                                            native ? native : "", national_id, phone);

  pending->n_plans = n_plans;

  stmt = ff_store_prepare (s->store,
                           "INSERT INTO temp.sample_participant (" PARTICIPANT_COLUMNS ")"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pending->id);
  bind_text (stmt, 2, uuid);
  bind_text (stmt, 3, s->now);
  bind_text (stmt, 4, s->now);
  bind_text (stmt, 5, given->latin);
  bind_text (stmt, 6, family->latin);
  bind_text (stmt, 7, native);
  bind_text (stmt, 8, birth_date);
  bind_text (stmt, 9, national_id);
  bind_text (stmt, 10, female ? "female" : "male");
  bind_text (stmt, 11, origin->country);
  bind_text (stmt, 12, arrival_date);
  bind_text (stmt, 13, phone);
  bind_text (stmt, 14, email);
  bind_text (stmt, 15, address);
  bind_text (stmt, 16, place->postcode);
  bind_text (stmt, 17, place->name);
  bind_text (stmt, 18, PICK (rand, educations));
  bind_text (stmt, 19, profession);
  bind_text (stmt, 20, PICK (rand, licences));
  bind_text (stmt, 21, interest);
  bind_text (stmt, 22, PICK (rand, goals));
  pending->languages = origin->languages[g_rand_int_range (rand, 0, origin->n_languages)];
  bind_text (stmt, 23, pending->languages);
  bind_text (stmt, 24, oral);
  bind_text (stmt, 25, written);
  bind_text (stmt, 26, PICK (rand, family_notes));
  bind_text (stmt, 27, chance (rand, 5) ? PICK (rand, health_notes) : "");
  pending->contact_person = PICK (rand, contact_persons);
  bind_text (stmt, 28, pending->contact_person);
  bind_text (stmt, 29, n_plans > 0 ? PICK (rand, referrals) : "");
  bind_text (stmt, 30, referral_date);
  bind_text (stmt, 31, consent_date);
  bind_text (stmt, 32, n_plans > 0 ? PICK (rand, consent_scopes) : "");
  bind_text (stmt, 33, chance (rand, 20) ? PICK (rand, notes) : "");
  /* The participant's status is that of the most recently changed enrolment. */
  bind_text (stmt, 34, n_plans > 0 ? ff_enrolment_status_to_key (
                                       plans[latest].status[plans[latest].n_changes - 1])
                                   : "");
  bind_text (stmt, 35, sort_name);
  bind_text (stmt, 36, search);
  if (!step_ok (stmt))
    return ff_store_set_sqlite_error (s->store, error);

  return ff_store_audit (s->store, "participant", uuid, NULL, NULL, "created", error);
}

gboolean
ff_sample_generate (FfStore         *store,
                    guint            n_participants,
                    guint32          seed,
                    FfProgressFunc   progress,
                    gpointer         progress_data,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GRand) plan_rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  g_autoptr(GHashTable) national_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                              g_free, NULL);
  g_autofree char *now = ff_store_now ();
  Sample s = {
    .store = store,
    .rand = rand,
    .plan_rand = plan_rand,
    .national_ids = national_ids,
    .now = now,
    .reference = julian_from_dmy (REFERENCE_DAY, REFERENCE_MONTH, REFERENCE_YEAR),
  };
  guint done = 0;
  guint committed = 0;
  gboolean ok = TRUE;
  gint64 cache_size;
  g_autofree Pending *pending = g_new0 (Pending, BATCH_SIZE);

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (progress != NULL)
    progress (0.0, progress_data);

  /* The random UUIDs of new rows land all over their indexes: with SQLite's small
   * default page cache, most of the time would go to writing pages out and reading
   * them back. A larger cache for the length of the run keeps it fast. */
  cache_size = get_cache_size (store);
  set_cache_size (store, -128 * 1024);

  if (!create_staging (store, error) || !insert_programmes (&s, error))
    {
      set_cache_size (store, cache_size);
      return FALSE;
    }
  ff_store_emit_changed (store, FF_RECORD_PROGRAMME, 0);

  while (done < n_participants && ok)
    {
      guint batch_end = MIN (done + BATCH_SIZE, n_participants);
      guint n_pending = 0;
      gint64 next_id;

      if (!ff_store_begin (store, error))
        {
          ok = FALSE;
          break;
        }

      next_id = next_participant_id (store, error);
      ok = next_id > 0;

      for (; ok && done < batch_end; done++)
        {
          Pending *p = &pending[n_pending++];

          p->id = next_id++;
          ok = stage_participant (&s, p, error);
          if (progress != NULL && (done + 1) % PROGRESS_EVERY == 0)
            progress ((double) (done + 1) / n_participants, progress_data);
        }

      if (ok)
        ok = move_staged (store, error);

      for (guint i = 0; ok && i < n_pending; i++)
        {
          for (guint e = 0; ok && e < pending[i].n_plans; e++)
            ok = insert_enrolment (&s, &pending[i], &pending[i].plans[e], error);
        }

      /* A cancellation during the batch throws the whole batch away. */
      if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;

      if (ok)
        ok = ff_store_commit (store, error);
      else
        ff_store_rollback (store);
      /* A rolled back batch may leave rows in the temporary table. */
      if (!ok)
        exec_sql (store, "DELETE FROM temp.sample_participant", NULL);

      if (ok)
        committed = done;
    }

  if (committed > 0)
    {
      ff_store_emit_changed (store, FF_RECORD_PARTICIPANT, 0);
      ff_store_emit_changed (store, FF_RECORD_ENROLMENT, 0);
      ff_store_emit_changed (store, FF_RECORD_PLAN, 0);
    }

  exec_sql (store, "DROP TABLE IF EXISTS temp.sample_participant", NULL);
  set_cache_size (store, cache_size);

  if (ok && progress != NULL)
    progress (1.0, progress_data);

  return ok;
}
