//! Common given names, many origins, in Latin script: a capitalised run that starts with one
//! (`Ian Maatsen`) is a person even with no title or verb of saying nearby.

/// Lowercase given names; ambiguous ones that are also common words or places are left out
/// (`may`, `will`, `chad`, `jordan`).
#[rustfmt::skip] // a word list: one long paragraph, not a column
pub const FIRST_NAMES: &[&str] = &[
    "aaron", "adam", "adrian", "ahmed", "aisha", "alan", "albert", "alejandro", "aleksander", "alex", "alexander",
    "alexandra", "alexei", "ali", "alice", "alicia", "alison", "amanda", "amina", "amir", "amit", "amy", "ana",
    "anders", "andrea", "andreas", "andrew", "andrzej", "angela", "angelina", "anil", "ann", "anna", "anne", "annie",
    "anthony", "antonio", "antony", "arjun", "arnold", "ashley", "ayesha", "barbara", "ben", "benjamin", "bernard",
    "beth", "betty", "bill", "bob", "boris", "brad", "brandon", "brenda", "brian", "bruce", "carl", "carla", "carlo",
    "carlos", "carmen", "carol", "caroline", "catherine", "charles", "charlie", "chen", "chris", "christian",
    "christina", "christine", "christopher", "claire", "clara", "claudia", "colin", "craig", "dan", "daniel",
    "daniela", "danielle", "david", "deborah", "dennis", "diana", "diego", "dmitry", "donald", "donna", "doug",
    "douglas", "ed", "edward", "elena", "elizabeth", "ellen", "emily", "emma", "emmanuel", "eric", "erik", "eva",
    "fatima", "felix", "fernando", "francesca", "francis", "francisco", "frank", "fred", "friedrich", "gabriel",
    "gary", "george", "georgia", "gerald", "giorgia", "giovanni", "grace", "greg", "gregory", "hannah", "hans",
    "harry", "hassan", "heather", "helen", "henry", "hiroshi", "hugo", "ian", "igor", "ivan", "jack", "jacob",
    "james", "jan", "jane", "janet", "jason", "javier", "jean", "jeff", "jeffrey", "jennifer", "jeremy", "jerome",
    "jessica", "jim", "jimmy", "joan", "joe", "johan", "john", "jonathan", "jorge", "jose", "joseph", "josh",
    "joshua", "juan", "julia", "julian", "julie", "justin", "karen", "karim", "karl", "kate", "katherine", "kathleen",
    "keith", "kelly", "ken", "kenneth", "kevin", "khalid", "kim", "kofi", "kumar", "kyle", "lars", "laura", "lauren",
    "lee", "leo", "leon", "linda", "lisa", "liu", "lucas", "lucy", "luis", "luke", "maria", "mariana", "marie",
    "mario", "mark", "marta", "martin", "mary", "matthew", "max", "maxim", "mehmet", "melissa", "michael", "michel",
    "michelle", "miguel", "mike", "mikhail", "mohamed", "mohammad", "mohammed", "muhammad", "nancy", "naomi",
    "natalia", "natalie", "nathan", "neil", "nicholas", "nicola", "nicole", "nikolai", "nina", "noah", "oleksandr",
    "oleksii", "olena", "oliver", "olivia", "omar", "oscar", "pablo", "pamela", "patricia", "patrick", "paul",
    "paula", "pedro", "peter", "philip", "pierre", "priya", "rachel", "rahul", "raj", "rajesh", "ramon", "raul",
    "rebecca", "richard", "rick", "rishi", "robert", "roberto", "roger", "ron", "ronald", "rosa", "ruth", "ryan",
    "sam", "samuel", "sandra", "sara", "sarah", "scott", "sean", "sebastian", "serge", "sergei", "sergey", "sharon",
    "simon", "sofia", "sonia", "sophie", "stefan", "stephanie", "stephen", "steve", "steven", "susan", "tamara",
    "tanya", "taro", "thomas", "tim", "timothy", "tom", "toni", "tony", "valentina", "vanessa", "vera", "victor",
    "viktor", "vladimir", "volodymyr", "walter", "wang", "wei", "william", "xavier", "yana", "yasmin", "yuki", "yuri",
    "yusuf", "zhang",
];
