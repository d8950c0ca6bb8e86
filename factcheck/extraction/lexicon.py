"""General English vocabulary the rules rely on. No names: only words of the trade."""

# Verbs whose clause reports what someone said or wrote.
REPORTING_VERBS = frozenset("""
    acknowledge add admit affirm agree allege announce argue assert assure boast caution
    claim comment complain concede conclude confirm contend declare deny disclose emphasise
    emphasize estimate explain find hint indicate insist maintain mention note observe
    predict promise reason recall recommend reiterate remark reply report respond reveal
    rule say state stress suggest swear tell testify tweet underline vow warn write read
    post counter retort show demonstrate pledge brag lament joke quip muse speculate theorize
    theorise posit opine charge proclaim signal recount relate repeat object protest scoff
    grumble echo clarify guarantee forecast project calculate attest certify verify answer
    email text highlight
""".split())
# Bodies that "hear" evidence: "the court heard that ..." reports what was put to them.
HEARING_NOUNS = frozenset("court jury inquiry inquest tribunal hearing committee panel".split())
# Reporting verbs whose clause can be a finding of a study, poll or data set: "the data show ...".
FINDING_VERBS = frozenset("find show reveal indicate suggest demonstrate estimate conclude confirm".split())
# Verbs whose object, when it holds a figure, is what was stated: "reported a loss of $2 million".
FIGURE_VERBS = frozenset("report disclose announce".split())
# Verbs of commitment whose infinitive is the content: "vowed to fight the plan".
PROMISE_VERBS = frozenset("vow pledge promise threaten swear".split())
# Verbs of belief whose "that" clause states a view held: "she believes the tax will fail".
BELIEF_VERBS = frozenset("believe think expect fear hope worry doubt feel suspect".split())
# Verbs whose gerund complement states a fact: "denied receiving payments".
GERUND_CONTENT_VERBS = frozenset("deny admit acknowledge concede confirm report recall recount".split())
# Verbs that dispute a statement named by their object: "rejected claims that ...".
DISPUTING_VERBS = frozenset("reject dismiss dispute refute rebut contest deny".split())
# Nouns for a statement whose "that" clause gives its content: "denied reports that ...".
STATEMENT_NOUNS = frozenset("""
    report claim allegation suggestion accusation charge rumour rumor speculation assertion
    notion idea view belief fear warning statement argument
""".split())
# Nouns for something said whose owner is its speaker: "her assertion that ...", "his response was that ...".
# Not views or fears, which are held rather than said.
SPEECH_NOUNS = frozenset("""
    claim assertion allegation accusation statement argument remark comment suggestion warning
    insistence contention admission prediction promise pledge testimony announcement response
    explanation boast complaint
""".split())
# Nouns that point at other things rather than state a fact when cited: "cited examples of ...".
POINTER_NOUNS = frozenset("example examples instance instances case cases source sources".split())
# Verbs whose object and its complement are the content: "called it a failure".
NAMING_VERBS = frozenset("call label dub brand term".split())
# Verbs taking "X as Y": "described the plan as reckless".
DESCRIBING_VERBS = frozenset("describe characterise characterize portray refer rate".split())
# Verbs taking "X of/for Y": the claim keeps the verb, "accused the firm of fraud".
ACCUSING_VERBS = {"accuse": "of", "blame": "for"}
# Verbs of condemnation whose object states the charge.
CONDEMNING_VERBS = frozenset("criticise criticize condemn denounce scold rebuke".split())
# Verbs whose participle after a reported clause is the speaker's own aside, not part of the
# clause: "said the plant would close, citing falling demand".
CITING_VERBS = frozenset("cite".split())
# Verbs that introduce a quotation only after a colon: "She continued: ...".
COLON_ONLY_VERBS = frozenset("continue conclude begin".split())

# Nouns naming the medium a statement was made in: "in a tweet", "at a news conference".
CHANNEL_NOUNS = frozenset("""
    tweet post interview statement speech letter blog podcast broadcast briefing conference
    video message email e-mail op-ed column editorial address communique memo release
    television radio newspaper ad advert advertisement commercial
""".split())
# Addressees that are outlets: "told the state broadcaster", "told a local newspaper".
MEDIA_NOUNS = frozenset("""
    broadcaster newspaper paper agency channel station network magazine radio television tabloid
    daily weekly outlet website programme program show podcast
""".split())
SOCIAL_MEDIA_VERBS = {"tweet": "tweet", "post": "post", "blog": "blog"}

# Words that mark a name as a news outlet.
MEDIA_WORDS = frozenset("""
    news times post journal herald tribune agency press telegraph guardian gazette daily
    radio tv television broadcasting network newspaper magazine chronicle observer
    independent wire media outlet report reports bulletin
""".split())
# Head nouns of written sources.
DOCUMENT_NOUNS = frozenset("""
    document letter memo memorandum filing report study survey figures data statement
    indictment transcript ruling judgement judgment verdict treaty convention agreement
    bill law regulation order notice leaflet questionnaire form dossier assessment record
    records analysis paper poll polls research statistics census audit investigation inquiry
    results evidence findings estimate estimates review surveys studies reports email e-mail file footage
    video recording image images photograph photographs photo photos picture pictures map maps
    test tests documents emails messages
""".split())
# Media heads among them: "the report added" points back to an outlet as readily as to a document.
MEDIA_OR_DOCUMENT_NOUNS = frozenset("report reports".split())
# Written or spoken things an author can stand behind: "an email sent by X", "a statement from
# the ministry", "a survey by X". The author is the speaker and the thing the channel.
AUTHORED_NOUNS = (DOCUMENT_NOUNS | CHANNEL_NOUNS | frozenset("""
    ad ads advert adverts advertisement commercial response announcement remarks comments article
    piece book essay manifesto lawsuit complaint motion brief release message messages post posts
    tweets projection projections
""".split())) - frozenset("interview conference briefing broadcast television radio newspaper".split())
# Asking people questions: "in a poll by X, most voters said ...".
POLL_NOUNS = frozenset("poll polls survey surveys questionnaire census".split())
# Pictures and recordings show what they show: whoever took them is not saying it.
DEPICTION_NOUNS = frozenset("""
    photograph photographs photo photos picture pictures image images footage recording recordings
    map maps
""".split())
# Verbs of making a document whose agent is its author: "sent by", "released by", "conducted by".
AUTHORING_VERBS = frozenset("""
    send write release publish issue post sign file prepare produce compile draft author pen deliver
    make air run conduct carry put tweet submit present give email fire
""".split())
# Places a statement is posted on, whose holder is its author: "tweets from the ministry's account".
ACCOUNT_NOUNS = frozenset("account feed page website site channel handle".split())
# Common nouns standing for an organisation: "the ministry said".
ORGANISATION_NOUNS = frozenset("""
    government ministry department agency office company firm group party council court
    tribunal committee commission administration authority authorities army military
    police force forces union association organisation organization institute university
    school district city town municipality state country bank board cabinet parliament
    congress senate campaign movement coalition alliance embassy team club
    officials spokespeople federation league charity foundation regime regulator watchdog
""".split())
PLACE_ORGANISATION_NOUNS = frozenset("city town municipality state country capital".split())
# Role nouns for people, used to link "the envoy" back to a named person.
PERSON_ROLE_NOUNS = frozenset("""
    envoy ambassador diplomat minister secretary spokesman spokeswoman spokesperson president
    premier chancellor senator governor mayor official officer chief commander general
    lawmaker legislator mp adviser advisor director chairman chairwoman chair leader judge
    prosecutor lawyer attorney analyst expert professor researcher economist scientist
    doctor ceo executive founder co-founder activist campaigner candidate king queen prince
    princess monarch undersecretary head deputy manager superintendent sheriff colonel
    captain lieutenant major sergeant admiral marshal negotiator representative
    delegate consul commissioner inspector principal teacher student father mother
    son daughter brother sister husband wife author writer journalist reporter editor
    historian owner worker resident witness victim survivor militant fighter soldier
    curator conservator pollster statistician
    coach player actor singer bishop pope cardinal imam rabbi priest cleric pastor
    politician businessman businesswoman entrepreneur investor boss counsel barrister
    solicitor detective trooper vice member organiser organizer coordinator councillor councilor nurse
    surgeon physician
""".split())
# People the news quotes for what they do or are, not for an office: "the driver told the court",
# "a waitress at the diner said". Kind person, linked only to someone given the same word.
PERSON_NOUNS = frozenset("""
    driver passenger pilot farmer shopkeeper trader vendor waiter waitress cashier customer client
    shopper tenant landlord landlady neighbour neighbor pensioner retiree parent child grandmother
    grandfather grandparent patient carer caregiver volunteer employee staffer fan supporter voter
    citizen villager commuter motorist pedestrian tourist visitor bystander onlooker eyewitness
    friend relative colleague guard paramedic defendant plaintiff claimant suspect juror miner
    homeowner homemaker farmworker labourer laborer builder plumber electrician mechanic baker
    butcher cook chef cleaner porter clerk nanny midwife pharmacist dentist vet veteran widow
    widower orphan mum mom dad wife husband girlfriend boyfriend partner teenager youth man woman
    boy girl person people adult pupil graduate applicant participant respondent protester
    protestor demonstrator striker picket organiser organizer donor taxpayer consumer buyer
    seller owner user listener viewer reader spectator shareholder investor
    operator contractor consultant accountant architect engineer designer developer programmer
    officer constable firefighter sailor seaman crewman skipper captain ranger warden caretaker
    janitor receptionist secretary assistant intern apprentice trainee student alumnus
    refugee migrant immigrant asylum-seeker detainee prisoner inmate hostage survivor victim
""".split()) - PERSON_ROLE_NOUNS
_PERSON_SUFFIXES = ("man", "woman", "men", "women", "person", "people")
_NOT_PEOPLE = frozenset("""
    list wrist twist mist fist gist exist assist insist resist persist consist checklist playlist
    shortlist blacklist whitelist wishlist waitlist committee coffee toffee fee degree decree
    pedigree jubilee guarantee knee tree spree settee glee median meridian amen abdomen specimen
    omen stamen regimen
""".split())


def is_person_noun(lemma: str) -> bool:
    """A common noun for a person: an office or role, an everyday person noun, or a word made
    the way words for people are made ("fisherman", "pharmacist", "nominee", "technician")."""
    lemma = lemma.lower()
    if lemma in PERSON_ROLE_NOUNS or lemma in PERSON_NOUNS:
        return True
    if lemma in _NOT_PEOPLE or lemma in ORGANISATION_NOUNS or lemma in DOCUMENT_NOUNS or len(lemma) < 5:
        return False
    return lemma.endswith(_PERSON_SUFFIXES) or lemma.endswith(("ist", "ee", "ian"))


# Verbs of office in a "who" clause and the role they give: "Jo Roe, who chairs the committee".
ROLE_VERBS = {"chair": "chair", "lead": "leader", "head": "head", "direct": "director", "manage": "manager",
              "coach": "coach", "edit": "editor", "run": "head"}
# Role nouns that belong together: a person called an ambassador may later be "the diplomat".
ROLE_SYNONYMS = (
    frozenset("envoy ambassador diplomat consul negotiator emissary".split()),
    frozenset("spokesman spokeswoman spokesperson".split()),
    frozenset("lawmaker legislator senator congressman congresswoman mp representative".split()),
    frozenset("president leader head chief premier".split()),
    frozenset("minister secretary".split()),
    frozenset("adviser advisor".split()),
    frozenset("lawyer attorney counsel barrister solicitor".split()),
    frozenset("executive ceo boss chairman chairwoman chair director".split()),
)
# Words for a body that the text may use for one it named: "the F.C.R., the country's regulator ... the agency".
ORGANISATION_SYNONYMS = (
    frozenset("agency regulator watchdog authority".split()),
)
MALE_WORDS = frozenset("""
    he him his himself mr spokesman chairman businessman father son brother husband king
    prince congressman sir lord
""".split())
FEMALE_WORDS = frozenset("""
    she her hers herself mrs ms miss madam spokeswoman chairwoman businesswoman mother
    daughter sister wife queen princess congresswoman lady dame
""".split())
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame".split())
# Titles that may precede a name and are not part of it.
TITLES = frozenset("""
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president minister
    senator sen. rep. gov. governor mayor general gen. colonel col. captain capt. judge
    justice king queen prince princess sheikh pope cardinal bishop reverend rev. chancellor
    premier secretary ambassador commissioner councillor councilor councilman councilwoman alderman
""".split())
PERSON_PRONOUNS = {"he": "male", "she": "female", "i": None, "we": None}
THING_PRONOUNS = frozenset("it they".split())
# Object and possessive forms read as their subject form: "her advice" points where "she" would.
PRONOUN_FORMS = {"him": "he", "his": "he", "her": "she", "hers": "she", "its": "it", "their": "they", "them": "they"}

# Transcript labels: "Q: ... / A: ...", and the interviewer's turns, which ask rather than claim.
QUESTION_LABELS = frozenset(("q", "question"))
ANSWER_LABELS = frozenset(("a", "answer"))
INTERVIEWER_LABELS = frozenset("moderator presenter host interviewer anchor questioner".split())
# The transcriber's notes in brackets: "(laughter)", "[inaudible]".
STAGE_DIRECTIONS = frozenset("""
    laughter laughs laughing applause crosstalk inaudible unintelligible pause sighs cheers
    booing boos
""".split())
