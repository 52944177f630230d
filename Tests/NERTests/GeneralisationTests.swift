import NER
import Testing
import TestSupport

/// Recognition rules for names of kinds the sample corpus never had: hyphenated and particle
/// names, names after `of`, facilities, events with names inside, teams, company contexts.
@Suite("Recognizer on unfamiliar names")
struct GeneralisationTests {
    typealias Found = FoundName

    func found(_ text: String) -> [Found] { Fixtures.found(text) }

    /// The mentions of `type` in `text`.
    func mentions(_ text: String, _ type: EntityType) -> [Mention] {
        Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).mentions.filter { $0.type == type }
    }

    /// The text of the rule of the mention `name` in `text`, as output shows it.
    func rule(_ text: String, _ name: String) -> String? {
        Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).mentions.first { $0.text == name }?.rule.description
    }

    @Test("hyphenated given names and surnames stay whole; a compound suffix ends the name")
    func hyphens() {
        #expect(found("Voters backed Leung Kwok-hung and Hau Lung-bin on Sunday.") == [
            Found(text: "Leung Kwok-hung", type: .person), Found(text: "Hau Lung-bin", type: .person),
        ])
        #expect(found("Striker Kim Shin-Wook was booked.") == [Found(text: "Kim Shin-Wook", type: .person)])
        #expect(found("A Moscow-based analyst spoke.") == [Found(text: "Moscow", type: .place)])
    }

    @Test("a newspaper's title after a place's name makes a media company; the place alone stays a place")
    func newspapers() {
        #expect(found("The report ran in the Edmonton Sun on Monday.") == [Found(text: "Edmonton Sun", type: .company)])
        #expect(found("He wrote for the Sydney Morning Herald for years.") == [Found(text: "Sydney Morning Herald", type: .company)])
        #expect(found("She lives in Edmonton and works in Denver.") == [
            Found(text: "Edmonton", type: .place), Found(text: "Denver", type: .place),
        ])
        #expect(rule("The Edmonton Sun said so.", "Edmonton Sun") == "gazetteer:city+media")
    }

    @Test("a political unit of a place names that place in full, with the place's canonical name")
    func polityOfPlace() {
        #expect(found("Officials of the State of Texas objected.") == [Found(text: "State of Texas", type: .place)])
        #expect(found("Talks with the Republic of Korea resumed.") == [Found(text: "Republic of Korea", type: .place)])
        let texas = Fixtures.recognizer.analyze(SourceText(name: "t", text: "Officials of the State of Texas objected.")).mentions
        #expect(texas.map(\.entity) == ["Texas"])
        #expect(found("A State of Emergency was declared in Texas.") == [Found(text: "Texas", type: .place)])
    }

    @Test("a compass word before a place's name is part of the place")
    func compassBeforePlace() {
        #expect(found("Boats left for South East Asia last week.") == [Found(text: "South East Asia", type: .place)])
        #expect(found("He grew up in Northern California.") == [Found(text: "Northern California", type: .place)])
    }

    @Test("a landform or water of a capitalized name is a place; not when a common word follows of")
    func landformOfName() {
        #expect(found("Pilgrims gathered on the Plains of Arafat at dawn.") == [Found(text: "Plains of Arafat", type: .place)])
        #expect(found("Tankers crossed the Strait of Hormuz yesterday.") == [Found(text: "Strait of Hormuz", type: .place)])
        #expect(found("It was an Island of the damned.").isEmpty)
    }

    @Test("a title makes a person of the name right after it, not of its domain after of or for")
    func titleDomain() {
        #expect(found("He is Professor of Linguistics in Ohio.") == [Found(text: "Ohio", type: .place)])
        #expect(found("The talks were led by Foreign Minister Dmytro Kuleba.") == [Found(text: "Dmytro Kuleba", type: .person)])
        #expect(found("He was drafted by Major League teams.").allSatisfy { $0.type != .person })
        #expect(found("The court saw the Prince Series again.").allSatisfy { $0.type != .person })
    }

    @Test("initials alone are no person; currency codes are no organization; post-nominal letters end a name")
    func initialsAndCurrencies() {
        #expect(found("The letters W. W. were carved on the door.").isEmpty)
        #expect(found("The fund lost 40 million DKK and 3 million USD last year.").isEmpty)
        #expect(found("The poet T. S. Eliot wrote it.") == [Found(text: "T. S. Eliot", type: .person)])
        #expect(found("He met Daniel Bernoulli FRS in Basel.") == [
            Found(text: "Daniel Bernoulli", type: .person), Found(text: "Basel", type: .place),
        ])
    }

    @Test("place prefixes of other languages open a place's name")
    func foreignPlacePrefixes() {
        #expect(found("We visited Wat Arun at dawn.") == [Found(text: "Wat Arun", type: .place)])
        #expect(found("Crowds filled the Piazza Navona again.") == [Found(text: "Piazza Navona", type: .place)])
        #expect(found("The shop on Anderson Ave closed.") == [Found(text: "Anderson Ave", type: .place)])
    }

    @Test("a weak company's name stands alone and is no demonym or given name")
    func weakCompanies() {
        #expect(found("He was a Swiss mathematician.").isEmpty)
        #expect(found("He performed at the Magic Circle in London.").map(\.type) == [.place])
        #expect(found("Mobile operators Orange and Vodafone cut prices.") == [
            Found(text: "Orange", type: .company), Found(text: "Vodafone", type: .company),
        ])
    }

    @Test("lowercase name particles inside a person's name")
    func particles() {
        #expect(found("The spokesman, Suleiman al-Amr, spoke.") == [Found(text: "Suleiman al-Amr", type: .person)])
        #expect(found("We heard Ludwig van Beethoven tonight.") == [Found(text: "Ludwig van Beethoven", type: .person)])
        #expect(found("The spokesman Nikolaus van der Pas told reporters.") == [Found(text: "Nikolaus van der Pas", type: .person)])
    }

    @Test("of joins a name only after its head: a person of a party is two names")
    func personOfParty() {
        #expect(found("He beat Fernando Cheung of the Labour Party narrowly.") == [
            Found(text: "Fernando Cheung", type: .person), Found(text: "Labour Party", type: .organization),
        ])
        #expect(found("He met the Museum of Flight CEO there.") == [Found(text: "Museum of Flight", type: .organization)])
    }

    @Test("museums, centres, halls and newspapers are named by their head word")
    func facilityAndPressHeads() {
        #expect(found("It flew to the Johnson Space Center and the Adler Planetarium.") == [
            Found(text: "Johnson Space Center", type: .organization), Found(text: "Adler Planetarium", type: .organization),
        ])
        #expect(found("The show moves to the National Air and Space Museum soon.") == [
            Found(text: "National Air and Space Museum", type: .organization),
        ])
        #expect(found("An editor of the Saudi Gazette wrote it.") == [Found(text: "Saudi Gazette", type: .company)])
    }

    @Test("a first name and a capitalized common word mid-sentence are a person")
    func commonSurnames() {
        #expect(found("Chances fell to Harry Kane and John Stones early.") == [
            Found(text: "Harry Kane", type: .person), Found(text: "John Stones", type: .person),
        ])
    }

    @Test("an event's name is skipped with the names inside it, unless a head goes further")
    func events() {
        #expect(found("The FIFA World Cup began in Russia.") == [Found(text: "Russia", type: .place)])
        #expect(found("Officials of the Central Election Commission met.") == [Found(text: "Central Election Commission", type: .organization)])
    }

    @Test("a town's name that is the surname of a person named in full is the person")
    func surnameOverTown() {
        let text = "Daniel Montalvo left the group. Montalvo said he was afraid. He later moved to Montalvo."
        let mentions = Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).mentions
        #expect(mentions.map { Found(text: $0.text, type: $0.type) } == [
            Found(text: "Daniel Montalvo", type: .person), Found(text: "Montalvo", type: .person), Found(text: "Montalvo", type: .place),
        ])
        #expect(mentions[1].entity == "Daniel Montalvo")
    }

    @Test("places that stand for teams in a match report are organizations")
    func teams() {
        let report = "Leicester beat Bristol 21-15 on Saturday. Bristol's coach praised the match in Leicester."
        #expect(found(report) == [
            Found(text: "Leicester", type: .organization), Found(text: "Bristol", type: .organization),
            Found(text: "Bristol", type: .organization), Found(text: "Leicester", type: .place),
        ])
        #expect(rule(report, "Bristol") == "sports-team")
        #expect(found("Russia faced Ukraine at the talks in Belarus.").allSatisfy { $0.type == .place })
    }

    @Test("clubs no list knows, and towns named like common words, are teams in a team's position in a match report")
    func unknownTeams() {
        let report = "The league leaders were held 2-2 by Zorvaga on Sunday, and Leicester beat Bath 24-18 after a 2-1 win against "
            + "Quelmont. Zorvaga's coach scored the goal."
        #expect(found(report).filter { $0.type == .organization } == [
            Found(text: "Zorvaga", type: .organization), Found(text: "Leicester", type: .organization), Found(text: "Bath", type: .organization),
            Found(text: "Quelmont", type: .organization), Found(text: "Zorvaga", type: .organization),
        ])
        #expect(rule(report, "Quelmont") == "sports-team")
        #expect(rule(report, "Bath") == "sports-team")
        // Not in a match report: a price range is no score, a code in capitals no team, an adjective before a role no club.
        #expect(found("A taxi costs 15 - 25 CUC, paid to Zorvaga drivers.").allSatisfy { $0.type != .organization })
        #expect(found("The league match was won by England after the goal. The Elbonian captain scored.").map(\.text) == ["England"])
    }

    @Test("a town's name after an initial or an honorific is a person's; a compass letter or a house number makes it a street's")
    func peopleNamedLikeTowns() {
        let text = "Captain M. Atherton scored. Later Charles J. Fillmore and Mr. Preston left. The station is at 319 S. Denver."
        #expect(found(text) == [
            Found(text: "M. Atherton", type: .person), Found(text: "Charles J. Fillmore", type: .person),
            Found(text: "Preston", type: .person), Found(text: "Denver", type: .place),
        ])
        #expect(found("Fighting in DR Congo spread.") == [Found(text: "DR Congo", type: .place)])
    }

    @Test("a headline in capitals names the people the story names in full")
    func headlineInCapitals() {
        let story = "TENNIS - SELES BEATS HINGIS IN FINAL\n\nMonica Seles beat Martina Hingis 6-3 6-4 on Sunday."
        let people = mentions(story, .person)
        #expect(people.map(\.text) == ["SELES", "HINGIS", "Monica Seles", "Martina Hingis"])
        #expect(people.map(\.entity) == ["Monica Seles", "Martina Hingis", "Monica Seles", "Martina Hingis"])
    }

    @Test("a name no list knows, in capitals opening a line before a place or a date, is the dateline's place")
    func datelines() {
        let story = "SOCCER - HOSTS WIN\n\nAL-AIN, United Arab Emirates 1996-12-06\n\nThe hosts won.\n\nZARQENA 1996-12-07\n\nFans left."
        let places = mentions(story, .place)
        #expect(places.map(\.text) == ["AL-AIN", "United Arab Emirates", "ZARQENA"])
        #expect(places.map(\.entity) == ["Al-Ain", "United Arab Emirates", "Zarqena"])
        #expect(rule(story, "AL-AIN") == "dateline")
        // Not before a place or a date: a name in capitals on a line of its own is no dateline.
        #expect(found("ZARQENA BLUE\n\nThe market rose on Monday.").allSatisfy { $0.type != .place })
    }

    @Test("takeovers and a company's possessions type unknown names as companies")
    func companyContexts() {
        #expect(found("Analysts expect a takeover of Zorblatt soon.") == [Found(text: "Zorblatt", type: .company)])
        #expect(found("Yesterday Quindar's chief executive resigned.") == [Found(text: "Quindar", type: .company)])
        #expect(rule("Analysts expect a takeover of Zorblatt soon.", "Zorblatt") == "context:deal")
    }

    @Test("formats, awards, designations and sports of several words are no organizations; a first name before a surname still starts a person")
    func nonEntities() {
        #expect(found("The film came out on DVD and won an Oscar.") == [])
        #expect(found("The crew of STS-135 landed.") == [])
        #expect(found("RUGBY UNION - FORWARD RECALLED\n\nICE HOCKEY - LATE GOAL\n\nShe left rugby league for Motor Racing.") == [])
        #expect(found("We read Oscar Wilde at school.") == [Found(text: "Oscar Wilde", type: .person)])
    }

    @Test("a weak name found mid-sentence is found at the start of a sentence and in the headline too")
    func twoWayConsistency() {
        let text = "Oracle Buys Sun\n\nOracle has announced a deal. Analysts said shares of Oracle rose. May sales rose."
        #expect(found(text) == [Found(text: "Oracle", type: .company), Found(text: "Oracle", type: .company), Found(text: "Oracle", type: .company)])
        #expect(rule(text, "Oracle") == "consistency:gazetteer:tech")
    }

    @Test("clubs named after towns in a table of results are organizations; a line in capitals has no acronyms")
    func resultsTables() {
        let report = "SOCCER - ENGLISH LEAGUE RESULTS.\nResults of league matches on Saturday:\nDerby County 0 Leeds United 3\nStandings:\nSweden 3 2 1 0 5 2 7\n"
        let found = found(report)
        #expect(found.contains(Found(text: "Derby County", type: .organization)))
        #expect(found.contains(Found(text: "Leeds United", type: .organization)))
        #expect(found.contains(Found(text: "Sweden", type: .organization)))
        #expect(!found.contains { $0.text == "SOCCER" })
    }

    @Test("a weak town's name opening a sentence is no place even before a verb")
    func weakTownAtSentenceStart() {
        #expect(found("Police said a man was hurt.") == [])
    }

    @Test("a gazetteer name may start with a function word, but never with The")
    func functionWordStarts() {
        #expect(found("The Home Office said so.") == [Found(text: "Home Office", type: .organization)])
        #expect(found("However Russia agreed.") == [Found(text: "Russia", type: .place)])
    }

    @Test("web domains belong to the name and make an unknown name a company; company heads take of")
    func domainsAndCompanyOf() {
        #expect(found("He read it on CBC.ca and at Zorblatt.com today.") == [
            Found(text: "CBC.ca", type: .company), Found(text: "Zorblatt.com", type: .company),
        ])
        #expect(found("It appeared in the Medical Journal of Australia.") == [Found(text: "Medical Journal of Australia", type: .company)])
    }

    @Test("a field of public life before a country's name is its agency; other words before it are not")
    func agencies() {
        #expect(found("Yesterday Environment Canada issued a warning.") == [Found(text: "Environment Canada", type: .organization)])
        #expect(found("Yesterday Northern Canada was cold.") == [Found(text: "Northern Canada", type: .place)])
    }

    @Test("a craft's name is no entity, in the whole document; a place prefix or a compass word makes a place")
    func craftAndPlaceShapes() {
        #expect(found("Space Shuttle Atlantis flew to Florida. Later Atlantis went on display.") == [Found(text: "Florida", type: .place)])
        #expect(found("It lifted off from Cape Canaveral near Lake Tahoe.") == [
            Found(text: "Cape Canaveral", type: .place), Found(text: "Lake Tahoe", type: .place),
        ])
        #expect(found("She won the seat in Kowloon West again.") == [Found(text: "Kowloon West", type: .place)])
        #expect(found("He was treated at the Mount Sinai Hospital.") == [Found(text: "Mount Sinai Hospital", type: .place)])
    }

    @Test("a known surname before an unknown word is that person, not a new person")
    func surnameCompounds() {
        let text = "Andy Warhol took photos. The Warhol Polaroids were shown."
        #expect(found(text) == [Found(text: "Andy Warhol", type: .person), Found(text: "Warhol", type: .person)])
        #expect(rule(text, "Warhol") == "surname-of:Andy Warhol")
    }

    @Test("a weak name opening a sentence stands before an auxiliary or a possessive; a campus belongs to its university")
    func weakNamesAndCampuses() {
        #expect(found("Labour has a plan. Labour's minister spoke.") == [
            Found(text: "Labour", type: .organization), Found(text: "Labour", type: .organization),
        ])
        #expect(found("She studied at the University of North Carolina at Greensboro.") == [
            Found(text: "University of North Carolina at Greensboro", type: .organization),
        ])
    }

    @Test("a given name alone is the only person of that given name named in full; initials of a named organization are it")
    func givenNamesAndInitials() {
        let text = "Daniel Montalvo left the group. Daniel said he was afraid."
        let mentions = Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).mentions
        #expect(mentions.map(\.entity) == ["Daniel Montalvo", "Daniel Montalvo"])
        let school = "She teaches at the University of Southern Indiana. Students at USI agreed."
        let both = Fixtures.recognizer.analyze(SourceText(name: "t", text: school)).mentions
        #expect(both.map(\.entity) == ["University of Southern Indiana", "University of Southern Indiana"])
        #expect(found("A ROS-concentration test ran.").allSatisfy { $0.type != .person })
    }
}
