//! Reporting patterns the whole extractor must read, one sentence of our own per case: each line
//! is the text and its figures as "kind subject value[/rate][ <part-of index]", in text order.
//!
//! These are the regression tests of accuracy bugs found on held-out articles; the rules behind
//! them live in `src/extract/`, and their unit tests beside the code.

use tally::extract::{extract, Figure};

fn show(f: &Figure) -> String {
    let mut s = format!(
        "{} {} {}",
        f.kind.as_str(),
        f.subject.map_or("-", |s| s.as_str()),
        f.value
    );
    if let Some(r) = f.rate {
        s.push('/');
        s.push_str(r.as_str());
    }
    if let Some(p) = f.subset_of {
        s.push_str(&format!(" <{p}"));
    }
    s
}

macro_rules! reads {
    ($name:ident, $input:expr, [$($e:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let got: Vec<String> = extract($input).figures.iter().map(show).collect();
            let expected: Vec<&str> = vec![$($e),*];
            assert_eq!(got, expected, "{}", $input);
        }
    };
}

// Vague amounts: "numerous" is like "many", not a figure; "several dozen" is dozens.
reads!(
    numerous_is_not_a_figure,
    "The group carried out numerous attacks on the highway.",
    []
);
reads!(
    several_dozen_is_dozens,
    "Troops neutralised several dozen terrorists.",
    ["killed militants 36"]
);
reads!(
    a_few_dozen_is_dozens,
    "Police detained a few dozen suspects.",
    ["arrested unspecified 36"]
);

/// The `published` date of a text.
macro_rules! dated {
    ($name:ident, $input:expr, $expected:expr) => {
        #[test]
        fn $name() {
            assert_eq!(
                extract($input).published.as_deref(),
                $expected,
                "{}",
                $input
            );
        }
    };
}

dated!(
    date_line_under_headline,
    "Police report record arrests\n\ndate 2025-01-14\n\nPolice arrested 40 suspects.",
    Some("2025-01-14")
);
dated!(
    date_line_first,
    "date 2025-01-14\nPolice arrested 40 suspects.",
    Some("2025-01-14")
);
dated!(
    date_word_in_prose_is_no_date_line,
    "Head\n\nThe date 2025-01-14 was set for the trial of 4 men.",
    None
);

// "among them" after a kind word of its own sentence takes that kind, not the sentence before's.
reads!(among_them_after_the_dead, "Troops rescued 80 people. Most of the dead were civilians, among them a soldier and two police officers.", ["rescued civilians 80", "killed security_forces 1", "killed security_forces 2"]);
reads!(
    among_them_without_kind_word,
    "Police arrested 12 men on Sunday. Among them were two Afghans.",
    ["arrested unspecified 12", "arrested unspecified 2 <0"]
);

// Injuries described by their cause or severity.
reads!(
    splinter_injuries,
    "Two DRG jawans sustained minor splinter injuries.",
    ["injured security_forces 2"]
);
reads!(
    severe_burn_injuries,
    "Three passengers suffered severe burn injuries in the blast.",
    ["injured civilians 3"]
);

// A range is one fact only with the same range.
reads!(range_is_not_a_hedged_number, "More than 100 bodies were found, police said. Officials put the number of dead at between 80 and 120.", ["killed unspecified 100", "killed unspecified 100"]);
reads!(
    range_restated,
    "Between 10 and 12 soldiers killed\nBetween 10 and 12 soldiers were killed on Monday.",
    ["killed security_forces 11"]
);

// A rate with "every" and no noun takes the kind of the figure it averages.
reads!(
    average_every_week,
    "Troops neutralised 3,800 terrorists, an average of over 140 every week.",
    ["killed militants 3800", "killed militants 140/week"]
);
reads!(
    bare_every_day_is_no_rate_alone,
    "The curfew was lifted after 3 days every week.",
    []
);

// Adverbs between the auxiliary and the verb, and states after a bare count.
reads!(
    lightly_wounded,
    "Two soldiers were lightly wounded.",
    ["injured security_forces 2"]
);
reads!(
    captured_alive,
    "Troops killed 4 militants and captured 2 alive.",
    ["killed militants 4", "arrested militants 2"]
);
reads!(
    rescued_unharmed,
    "Commandos stormed the hideout and rescued two unharmed.",
    ["rescued unspecified 2"]
);

// A breakdown opening its sentence makes a part of the number after it, whatever its verb.
reads!(
    breakdown_with_other_verb,
    "Police arrested 500 terrorists in 2024. Of the terrorists arrested, 312 belonged to the TTP.",
    ["arrested militants 500", "arrested militants 312 <0"]
);
reads!(
    breakdown_alone,
    "Of the militants killed, 14 were foreigners.",
    ["killed militants 14"]
);

// Both ends of a change, however the change is said.
reads!(
    trend_come_down,
    "Terrorist incidents have come down from 228 in 2018 to 43 in 2024.",
    ["attacks - 228", "attacks - 43"]
);
reads!(trend_number_of_killed, "The number of security personnel killed in terror-related incidents fell from 91 in 2018 to 26 in 2024.", ["killed security_forces 91", "killed security_forces 26"]);
reads!(
    trend_side_before_noun,
    "Civilian deaths declined from 55 to 31.",
    ["killed civilians 55", "killed civilians 31"]
);

// "of them" takes the side of the people it refers to.
reads!(
    of_them_surrounded,
    "Troops surrounded the militants and killed 12 of them.",
    ["killed militants 12"]
);
reads!(
    of_them_possessive,
    "Jets struck the assailants' positions, killing 21 of them.",
    ["killed militants 21"]
);
reads!(
    scores_of_them,
    "Soldiers chased the bandits into the forest and killed dozens of them.",
    ["killed militants 36"]
);
reads!(
    of_them_other_side,
    "Militants ambushed the soldiers, killing 12 of them.",
    ["killed security_forces 12"]
);
reads!(
    of_them_not_the_doers,
    "Soldiers killed scores of them.",
    ["killed unspecified 40"]
);
reads!(
    of_them_object_of_preposition,
    "An air strike on the fleeing insurgents had killed scores of them.",
    ["operations - 1", "killed militants 40"]
);

// Members who surrender are members of an armed group; kin keep no side.
reads!(
    members_surrendered,
    "Two divisional committee members surrendered before the police.",
    ["surrendered militants 2"]
);
reads!(
    brothers_surrendered,
    "Two brothers surrendered before the police.",
    ["surrendered unspecified 2"]
);

// A part in apposition to events: "91 attacks, 34 of them in May".
reads!(
    events_part_in_apposition,
    "Insurgents carried out 91 attacks in the province, 34 of them in May alone.",
    ["attacks - 91", "attacks - 34 <0"]
);

// Play in a game is not operations or attacks; an attack on a game is.
reads!(
    cricket_strikes,
    "Pakistan took two wickets with two strikes in the 31st over by the leg-spinner.",
    []
);
reads!(
    attack_on_a_match,
    "Militants attacked spectators at a cricket match, killing 12 people.",
    ["killed unspecified 12"]
);

// A part restated later as a plain figure of the same side is one fact.
reads!(part_restated_later, "Gunmen killed 100 people, including nine aid workers, in the camp. The charity said nine of its staff were killed.", ["killed unspecified 100", "killed civilians 9 <0"]);

// Separate events with the same kind and number are two facts: a new incident opens the
// sentence, another day (no published date), another place (districts, not a province that may
// hold the other), "another N"/"N more", a second clause "while ... also", police and soldiers.
reads!(
    new_incident_in_another,
    "Troops killed three terrorists in Kech. In another operation, troops killed three terrorists.",
    ["killed militants 3", "operations - 1", "killed militants 3"]
);
reads!(new_incident_separate_raid, "Police arrested five suspects on the highway. In a separate raid, police arrested five suspects.", ["arrested unspecified 5", "operations - 1", "arrested unspecified 5"]);
reads!(new_incident_separately, "Rebels abducted six villagers near the river. Separately, gunmen abducted six villagers at a market.", ["kidnapped civilians 6", "kidnapped civilians 6"]);
reads!(new_incident_meanwhile_elsewhere, "Four Maoists surrendered before the SP. Meanwhile, elsewhere, four Maoists surrendered to the CRPF.", ["surrendered militants 4", "surrendered militants 4"]);
reads!(new_incident_after_headline_restates, "CTD kills five terrorists in raid; two officials shot dead\nThe CTD killed five terrorists in a raid. In a separate incident, two officials were shot dead.", ["killed militants 5", "killed unspecified 2", "operations - 1"]);
reads!(
    other_weekday_no_date,
    "Troops killed three terrorists on Monday night. On Wednesday, troops killed three terrorists.",
    ["killed militants 3", "killed militants 3"]
);
reads!(
    other_weekday_events,
    "An IED blast hit a patrol on Monday. An IED blast hit a convoy on Tuesday.",
    ["attacks - 1", "attacks - 1"]
);
reads!(
    other_weekday_dated_events,
    "date 2025-03-12 An IED blast hit a patrol on Monday. An IED blast hit a convoy on Tuesday.",
    ["attacks - 1", "attacks - 1"]
);
reads!(weekday_of_a_statement_restates, "The attack killed seven people on Monday. Officials said on Tuesday that seven people had died.", ["killed unspecified 7"]);
reads!(
    other_district,
    "Troops killed three terrorists in Kech. Troops killed three terrorists in Panjgur.",
    ["killed militants 3", "killed militants 3"]
);
reads!(province_and_its_district_restate, "Security forces killed five terrorists in Balochistan on Monday. The five terrorists were killed in Kech district.", ["killed militants 5"]);
reads!(same_district_restates, "Troops killed four terrorists in Khyber-Pakhtunkhwa's Tank district. The four terrorists were killed in Tank district.", ["killed militants 4"]);
reads!(
    another_count_added,
    "Troops killed four militants in a raid. Another four militants were killed in the hills.",
    ["killed militants 4", "operations - 1", "killed militants 4"]
);
reads!(
    more_count_added,
    "Police held two smugglers at the border. Police later arrested two more smugglers.",
    ["arrested militants 2", "arrested militants 2"]
);
reads!(
    more_restated_from_headline,
    "Four more militants killed in Zhob\nTroops killed four more militants in Zhob on Tuesday.",
    ["killed militants 4"]
);
reads!(
    while_also_second_clause,
    "KP recorded 26 attacks in May, while Balochistan also recorded 26 attacks.",
    ["attacks - 26", "attacks - 26"]
);
reads!(
    second_clause_restates,
    "At least 10 people were killed, and police said 10 bodies had been recovered.",
    ["killed unspecified 10"]
);
reads!(
    police_and_soldiers,
    "Two policemen were killed on patrol. Later, two soldiers were killed at a checkpoint.",
    ["killed security_forces 2", "killed security_forces 2"]
);
reads!(
    policemen_restated_as_cops,
    "Two policemen were martyred on patrol. The two cops were shot from a rooftop.",
    ["killed security_forces 2"]
);

// A part of a whole told again is told again with it; a part of a count ("two of the wounded")
// restates no earlier figure.
reads!(part_restated_with_whole, "Airstrike kills 18, including 7 children\nThe airstrike killed 18 civilians, including seven children, officials said.", ["killed civilians 18", "killed civilians 7 <0"]);
reads!(
    twin_parts_of_one_whole,
    "Gunmen killed 20 people, including five women and five children.",
    [
        "killed unspecified 20",
        "killed civilians 5 <0",
        "killed civilians 5 <0"
    ]
);
reads!(part_of_count_not_restatement, "Nine killed in blast\nNine people, including two children, were killed. Later, two of the wounded succumbed to their injuries.", ["killed unspecified 9", "killed civilians 2 <0", "killed unspecified 2 <0"]);
reads!(part_of_held_not_headline, "Police arrest two in bombing case\nPolice held six operatives. Two of those held were brothers. Police arrested two more accused.", ["arrested unspecified 2", "arrested militants 6", "arrested militants 2 <1"]);
reads!(new_incident_after_opener, "Police arrested two suspects at a checkpoint. Later, in another raid, police arrested two suspects.", ["arrested unspecified 2", "operations - 1", "arrested unspecified 2"]);
reads!(definite_count_restates_elsewhere, "Troops killed seven terrorists in Kech on Monday. The seven terrorists were killed in Panjgur on Tuesday.", ["killed militants 7"]);
reads!(town_in_district_restates, "Troops killed seven terrorists in Kech, the army said. Seven terrorists were killed in an exchange of fire near Turbat.", ["killed militants 7"]);
reads!(headline_told_once_then_new_event, "Eight militants killed in raid\nSecurity forces killed eight militants in a raid. Separately, troops killed eight militants in the hills.", ["killed militants 8", "operations - 1", "killed militants 8"]);

// Trades are civilians; fighters allied to the army are on its side.
reads!(
    waitress_civilian,
    "A 17-year-old waitress was wounded in the shooting.",
    ["injured civilians 1"]
);
reads!(
    army_allied_fighters,
    "The rebels killed hundreds of army-allied fighters.",
    ["killed security_forces 300"]
);

// Running totals told after the event nest it; another event is not a part of a total before.
reads!(running_total_after, "Security forces killed seven Maoists in Bijapur on Friday. With this, 218 Maoists have been killed in the region this year.", ["killed militants 7 <1", "killed militants 218"]);
reads!(another_event_not_part, "Troops killed 11 khwarij in Tank. In a separate operation, troops killed four more khwarij in Bannu.", ["killed militants 11", "operations - 1", "killed militants 4"]);
reads!(
    breakdown_still_part,
    "Troops killed 10 bandits. In Katsina, three bandits were killed.",
    ["killed militants 10", "killed militants 3 <0"]
);

// An article after a comma that describes one person told before is no count; a list item is.
reads!(
    apposition_of_the_owner,
    "Among the dead were two women and the bar's owner, a 52-year-old businessman.",
    ["killed civilians 2"]
);
reads!(
    list_after_the_imam,
    "Among the dead were the imam, a teacher and two children.",
    ["killed civilians 1", "killed civilians 2"]
);
reads!(
    homicide_victims,
    "The city recorded 2,982 homicide victims last year.",
    ["killed unspecified 2982"]
);

// People listed after a whole in its sentence are parts of it, whatever verb comes later.
reads!(among_them_then_wounded, "At least 43 people were killed, among them 19 women and 9 children, and several others were wounded.", ["killed unspecified 43", "killed civilians 19 <0", "killed civilians 9 <0", "injured unspecified 5"]);

// Totals reached and rates said before the number.
reads!(
    kind_noun_reached,
    "Kidnappings in the state reached 420 last year, up from 305.",
    ["kidnapped unspecified 420", "kidnapped unspecified 305"]
);
reads!(
    monthly_average_before,
    "The group recorded a monthly average of over 500 killings.",
    ["killed unspecified 500/month"]
);

// Prisoners set free are no rescue, whoever frees them.
reads!(
    jailbreak_is_no_rescue,
    "Militants stormed the jail and freed 500 inmates.",
    []
);

// Two counts sharing one noun, and a list after "as follows:".
reads!(
    respectively,
    "Punjab and Sindh recorded 103 and 91 deaths respectively.",
    ["killed unspecified 103", "killed unspecified 91"]
);
reads!(as_follows, "The monitor said the dead were distributed as follows: 613 civilians, 204 members of the security forces and 311 fighters.", ["killed civilians 613", "killed security_forces 204", "killed militants 311"]);

// Illness is no attack.
reads!(
    heart_attack,
    "The lawmaker died of a heart attack in March.",
    []
);

// Both ends of a change said with "fallen".
reads!(
    trend_fallen,
    "Drone attacks had fallen from about 260 in January to 90 in June.",
    ["attacks - 260", "attacks - 90"]
);

// Suppliers, financiers and couriers are people with a side from context.
reads!(
    suppliers_are_people,
    "Police arrested 12 suspects, including nine suppliers.",
    ["arrested unspecified 12", "arrested unspecified 9 <0"]
);

// The count inside "took ... hostage".
reads!(
    took_hostage_around_count,
    "Pirates took its 25 crew members hostage.",
    ["kidnapped civilians 25"]
);

// Passives of saying or believing before "to have died" or "to have been killed".
reads!(
    estimated_to_have_died,
    "More than 150,000 people are estimated to have died in the war.",
    ["killed unspecified 150000"]
);
reads!(
    believed_to_have_been_killed,
    "Five soldiers are believed to have been killed.",
    ["killed security_forces 5"]
);

// A count with its own verb right after it is a new clause, not an item of the list before.
reads!(
    own_verb_ends_the_list,
    "Four others, including a courier, were detained and three fighters surrendered.",
    [
        "arrested unspecified 4",
        "arrested unspecified 1 <0",
        "surrendered militants 3"
    ]
);
reads!(
    among_with_own_verb_in_a_headline,
    "Five rebels killed, major among two officers injured in ambush",
    ["killed militants 5", "injured security_forces 2"]
);

// "one of the deadliest ..." picks an event out of a class and "one in three ..." is a ratio:
// neither counts anything; "one of the attackers" still does.
reads!(
    one_of_the_deadliest_is_no_count,
    "The ambush was one of the bloodiest attacks on the police in a decade.",
    []
);
reads!(
    one_in_every_n_is_a_ratio,
    "One in every four raids ended without arrests.",
    []
);
reads!(
    one_of_the_attackers_counts,
    "One of the attackers was shot dead by guards.",
    ["killed militants 1"]
);

// A part of a counted whole of things is no figure: "recovered 140 of the 900 rifles".
reads!(
    part_of_counted_things,
    "Bandits kidnapped four herders. The army has recovered 140 of the nearly 900 rifles stolen \
     from the depot.",
    ["kidnapped civilians 4"]
);
reads!(
    part_of_counted_people_still_counts,
    "Police freed 14 of the 20 kidnapped farmers.",
    ["rescued civilians 14"]
);

// "took/taken N X prisoner" is a capture (arrested wording); soldiers taken captive keep their side.
reads!(
    taken_prisoner_around_count,
    "The rebels said they had taken 40 soldiers prisoner.",
    ["arrested security_forces 40"]
);
reads!(
    taken_prisoner_passive,
    "Nine policemen were taken prisoner.",
    ["arrested security_forces 9"]
);
reads!(
    soldiers_taken_captive_keep_side,
    "Insurgents took six soldiers captive.",
    ["kidnapped security_forces 6"]
);

// "brings to N the number of X killed": the participle after the people names the kind, not
// the figure before.
reads!(
    brings_to_n_the_number_of,
    "Troops raided a camp in an operation on Monday. The operation brings to 88 the number of \
     rebels neutralised this year.",
    ["operations - 1", "killed militants 88"]
);

// "IS" in capitals before a noun is the Islamic State, not the verb.
reads!(
    is_in_capitals_is_a_group,
    "Kurdish forces detained 23 suspected IS members after an IS attack on a prison.",
    ["arrested militants 23", "attacks - 1"]
);

// Lexicon gaps: bomb-makers are militants, deminers civilians; "abandoned the armed struggle"
// is a surrender.
reads!(
    bomb_makers_are_militants,
    "Police arrested two bomb-makers in Quetta.",
    ["arrested militants 2"]
);
reads!(
    deminers_are_civilians,
    "Three deminers were injured when a mine exploded.",
    ["injured civilians 3"]
);
reads!(
    abandoned_the_armed_struggle,
    "Forty guerrillas have abandoned the armed struggle this year.",
    ["surrendered militants 40"]
);

// Two modifiers joined by "and" inside an "of" phrase: "members of the Kenyan and Somali forces".
reads!(
    of_phrase_with_two_modifiers,
    "Six members of the Kenyan and Somali forces were wounded.",
    ["injured security_forces 6"]
);

// "fighter" before "jet" or "plane" is an aircraft, not a militant, so it gives nobody a side.
reads!(
    fighter_jets_are_no_people,
    "Two fighter jets hit the town. Nine were wounded.",
    ["injured unspecified 9"]
);

// A ranking goes on after "followed by X with N": "Y with M and Z with K" keep the kind.
reads!(
    followed_by_with_list,
    "Kunar saw 22 attacks, followed by Nangarhar with 15, Kabul with 8 and Herat with 3.",
    ["attacks - 22", "attacks - 15", "attacks - 8", "attacks - 3"]
);

// Plural ranks are security forces like their singulars.
reads!(
    plural_ranks,
    "Ten soldiers were killed, among them two sergeants.",
    ["killed security_forces 10", "killed security_forces 2 <0"]
);

// "still being held" tells of captivity after the abduction or arrest was counted: no figure.
reads!(
    still_held_is_a_state,
    "Bandits abducted 14 farmers on Friday; six were still being held on Sunday.",
    ["kidnapped civilians 14"]
);

// Another source "put the figure at N": a second count of the figure before, in its sentence or
// the one before.
reads!(
    put_the_figure_at,
    "The army said 25 rebels were killed, though villagers put the figure at nine.",
    ["killed militants 25", "killed militants 9"]
);
reads!(
    put_the_number_at_next_sentence,
    "Officials said 18 people were abducted. Residents put the number at more than 40.",
    ["kidnapped civilians 18", "kidnapped civilians 40"]
);

// Bare "scores" as the subject of a casualty verb is the vague amount.
reads!(
    scores_were_injured,
    "Nine people died and scores were injured in the stampede after the blast.",
    ["killed unspecified 9", "injured unspecified 40"]
);

// "N X were among the M people killed": a part of the figure right after, with "the" between.
reads!(
    were_among_the_whole,
    "Four policemen were among the 23 people who lost their lives.",
    ["killed security_forces 4 <1", "killed unspecified 23"]
);

// "an equal number" with no noun after it takes the number before, the kind of its own verb.
reads!(
    an_equal_number_bare,
    "Ambushers killed nine soldiers and wounded an equal number.",
    ["killed security_forces 9", "injured security_forces 9"]
);

// "The deceased included ...", "The dead comprised ...": the opener names the kind of the list.
reads!(
    deceased_and_comprised_open_lists,
    "The deceased included three policemen. The dead comprised 14 soldiers and 21 civilians.",
    [
        "killed security_forces 3",
        "killed security_forces 14",
        "killed civilians 21"
    ]
);

// Lexicon gaps of South Asian and African reporting: ultras (militants), a JCO (security
// forces), a tribal elder (civilian), vigilantes and mercenaries (people, side from context).
reads!(
    ultras_and_jco,
    "Four ultras were held after a JCO was martyred.",
    ["arrested militants 4", "killed security_forces 1"]
);
reads!(
    elder_vigilantes_mercenaries,
    "Gunmen killed a village elder, six vigilantes and two mercenaries.",
    [
        "killed civilians 1",
        "killed unspecified 6",
        "killed unspecified 2"
    ]
);

// "X averaged N a month": a rate of the counted noun before "averaged", with its side.
reads!(
    noun_averaged_n_a_month,
    "Abductions averaged 85 a month, and civilian deaths averaged 12 a week.",
    ["kidnapped unspecified 85/month", "killed civilians 12/week"]
);

// A breakdown in parentheses after a noun with no kind: "casualties (98 killed and 207 injured)".
reads!(
    counts_inside_parentheses,
    "The mission recorded 305 civilian casualties (98 killed and 207 injured) in May.",
    ["killed civilians 98", "injured civilians 207"]
);

// One number for "killed and injured" or "killed or injured" is a figure of neither; a vague
// word gives one of each.
reads!(
    killed_or_injured_one_number,
    "Twelve people were killed or injured in the shelling. Scores were killed and wounded in \
     the raid.",
    ["killed unspecified 40", "injured unspecified 40"]
);

// A risaldar is a Levies rank.
reads!(
    risaldar_is_security_forces,
    "A risaldar was martyred in the attack on the Levies post.",
    ["killed security_forces 1"]
);

// A second noun after "and" may carry names before it: "soldiers and National Guard members".
reads!(
    second_noun_with_name_modifiers,
    "Nine soldiers and Civil Defence members were killed in the ambush.",
    ["killed security_forces 9"]
);

// A decimal with no magnitude is a figure only as a rate, rounded, between the integers around
// it; a decimal time, percent or score is none.
reads!(
    decimal_rate_is_rounded,
    "Police carried out 4.6 raids a day and arrests averaged 3.3 a day. The gunmen came at 2.15 \
     pm; the rupee gained 0.3 percent.",
    ["operations - 5/day", "arrested unspecified 3/day"]
);

// The first number of a ratio counts nothing: "one in six", "one in every four of them", "two
// out of every three raids".
reads!(
    ratio_first_number,
    "Troops detained 800 suspects, about one in every four of them foreigners. Civilians were \
     hit in two out of every three raids, and one in six victims was a child.",
    ["arrested unspecified 800"]
);

// "N of the dead and wounded" is one number for both kinds: a figure of neither.
reads!(
    part_of_dead_and_wounded,
    "Forty people were killed and 90 wounded; women made up 31 of the dead and wounded.",
    ["killed unspecified 40", "injured unspecified 90"]
);

// "N cases/instances/incidents of <event>": a count of events of that kind; a case noun with
// no kind after "of" is none, and "incidents" alone stay attacks.
reads!(
    cases_of_event_noun,
    "The report lists 58 cases of kidnapping, 140 instances of unlawful detention, 212 cases of \
     extortion and 75 incidents of terrorism.",
    [
        "kidnapped unspecified 58",
        "arrested unspecified 140",
        "attacks - 75"
    ]
);

// A crowd that holds people is kidnapping them, not arresting them; a force that holds them,
// even one helped by villagers, arrests them.
reads!(
    crowd_holding_soldiers_is_kidnapping,
    "Hundreds of angry villagers, mostly youths, held nine soldiers overnight. Troops, backed by \
     villagers, held six suspects.",
    ["kidnapped security_forces 9", "arrested unspecified 6"]
);

// "N each from A and B" is two counts of N, parts of the count before; "paid 5 each" none.
reads!(
    n_each_from_two_groups,
    "Nine policemen were wounded, four each from the Levies and the FC, and the attackers paid \
     5 each to the driver.",
    [
        "injured security_forces 9",
        "injured security_forces 4 <0",
        "injured security_forces 4 <0"
    ]
);

// Named armed groups make their members militants; people killed at a festival are civilians.
reads!(
    more_armed_groups_and_festival,
    "Troops killed three members of the Dawlah Islamiyah and 11 Houthis. A bomb at a music \
     festival killed 12 people.",
    [
        "killed militants 3",
        "killed militants 11",
        "killed civilians 12"
    ]
);

// "them" at the start of a sentence may name people of the sentence before, but not the agent
// of a passive there.
reads!(
    them_names_people_of_the_sentence_before,
    "Troops surrounded a band of insurgents near the border. Four of them were killed and \
     another was captured. Ten villagers were abducted by bandits. Six of them were freed.",
    [
        "killed militants 4",
        "arrested militants 1",
        "kidnapped civilians 10",
        "rescued civilians 6"
    ]
);

// A running total "the number of <people> killed <long phrase> to N" takes the side of the
// people named after "the number of".
reads!(
    running_total_number_of_people_long,
    "The raid brings the number of insurgents killed in the northern districts since the dry \
     season began to 143.",
    ["killed militants 143"]
);

// Fighters taken captive by a force are captured (arrested); villagers taken captive are
// kidnapped.
reads!(
    fighters_taken_captive_are_arrested,
    "Soldiers took six insurgents captive near the river. Bandits took 14 farmers captive.",
    ["arrested militants 6", "kidnapped civilians 14"]
);

// "N of them" after a count of things is a part of the things; people "still missing" are no
// figure.
reads!(
    part_of_things_and_missing_people,
    "Police have recovered 900 stolen rifles, about 400 of them handed in at camps. Eleven \
     soldiers were killed and dozens of villagers were still missing.",
    ["killed security_forces 11"]
);

// People buried are dead; people buried under rubble are trapped, not counted; "village
// volunteers" are people who can be detained.
reads!(
    buried_dead_and_volunteers,
    "Residents buried 14 soldiers on Monday. Nine people are feared buried under the rubble. \
     Troops detained three village volunteers.",
    ["killed security_forces 14", "arrested unspecified 3"]
);

// A cordon and search operation and the encounter it turned into are one operation.
reads!(
    cordon_and_search_and_its_encounter_are_one,
    "Troops launched a cordon and search operation in the orchard at dawn. The hiding militants \
     fired on the search party, which led to an encounter. Two militants were killed.",
    ["operations - 1", "killed militants 2"]
);

// Soldiers of a side taken just before and then released are freed (a rescue); suspects
// released by police are not.
reads!(
    release_of_people_taken_before,
    "Villagers held 12 policemen overnight. Eight of the policemen were released on Tuesday. \
     Police released 3 suspects.",
    ["kidnapped security_forces 12", "rescued security_forces 8"]
);

// A strike or raid by a named armed group is an attack; strikes on the group are operations.
reads!(
    armed_group_strike_is_an_attack,
    "A Houthi drone strike hit the port, and US forces carried out two strikes on Houthi sites. \
     The army ran 40 counter-ISIS operations.",
    ["attacks - 1", "operations - 2", "operations - 40"]
);

// A rate told before the count: "the monthly average of arrests at 155"; "deaths are averaging
// 285 a month".
reads!(
    average_told_before_the_count,
    "The report put the weekly average of abductions at 40. Civilian deaths are averaging 12 a \
     day.",
    ["kidnapped unspecified 40/week", "killed civilians 12/day"]
);

// Homicide victims counted nationwide have no side; victims of an attack are civilians.
reads!(
    homicide_victims_have_no_side,
    "The state logged 3,120 homicide victims last year. The bombing left 14 victims dead.",
    ["killed unspecified 3120", "killed civilians 14"]
);

// A part with no side of its own takes the side of its whole told in the sentence before.
reads!(
    part_takes_side_of_whole_in_sentence_before,
    "Police arrested 15 cadres of banned outfits on Sunday. Among those held were six members of \
     a splinter faction and two of its couriers. Nine rebels surrendered on Friday. The \
     surrenderers, among them a sub-leader, turned over four rifles.",
    [
        "arrested militants 15",
        "arrested militants 6 <0",
        "arrested militants 2 <0",
        "surrendered militants 9",
        "surrendered militants 1 <3"
    ]
);

// "X in <place> have averaged N a week": the counted noun a place phrase before "averaged".
reads!(
    averaged_after_a_place_phrase,
    "Abductions in the southern districts have averaged 1.8 a week.",
    ["kidnapped unspecified 2/week"]
);

// A running total with no side of its own takes the side of the count it adds to.
reads!(
    running_total_takes_side_of_its_addend,
    "Police found the bodies of five rebels on Monday, taking the toll to 17.",
    ["killed militants 5 <1", "killed militants 17"]
);

// An abbreviation's dot (wire style) splits no phrase: initials, titles, AP months.
reads!(
    abbr_us_subject,
    "Three U.S. soldiers were killed.",
    ["killed security_forces 3"]
);
reads!(
    abbr_us_object,
    "The blast killed four U.S. Marines.",
    ["killed security_forces 4"]
);
reads!(
    abbr_un_injured,
    "Two U.N. peacekeepers were injured.",
    ["injured security_forces 2"]
);
reads!(
    abbr_uk_hyphen,
    "Six U.K.-trained commandos were wounded.",
    ["injured security_forces 6"]
);
reads!(
    abbr_us_backed,
    "Seven U.S.-backed SDF fighters died.",
    ["killed security_forces 7"]
);
reads!(
    abbr_us_airstrike,
    "A U.S. airstrike killed 31 people.",
    ["operations - 1", "killed unspecified 31"]
);
reads!(
    abbr_us_led_raid,
    "A U.S.-led raid killed six militants.",
    ["operations - 1", "killed militants 6"]
);
reads!(
    abbr_saint_school,
    "Nine St. Paul's students were abducted.",
    ["kidnapped civilians 9"]
);
reads!(
    abbr_title_before_count,
    "Maj. Gen. Okafor said 15 bandits were killed.",
    ["killed militants 15"]
);
reads!(
    abbr_at_sentence_end,
    "Talks stalled in the U.S. Two soldiers were killed.",
    ["killed security_forces 2"]
);
reads!(
    abbr_time_then_sentence,
    "The raid began at 9 p.m. The troops killed 8 militants.",
    ["killed militants 8"]
);
reads!(
    abbr_unclear_end_still_reads,
    "Fighting raged in the U.S. Troops killed 3 militants.",
    ["killed militants 3"]
);
reads!(
    abbr_month_day_not_count,
    "Gunmen raided the village on Nov. 11, firing wildly, killing a farmer.",
    ["killed civilians 1"]
);
reads!(
    abbr_sept_day_not_count,
    "Militants stormed the post on Sept. 3, killing a policeman.",
    ["killed security_forces 1"]
);
reads!(
    abbr_jan_day_not_count,
    "Rebels shelled the town on Jan. 5, firing rockets, wounding a boy.",
    ["injured civilians 1"]
);
reads!(
    abbr_aug_day_not_count,
    "Bandits raided the school on Aug. 22, abducting a teacher.",
    ["kidnapped civilians 1"]
);

// A number in an operation's or a unit's name is no count.
reads!(
    name_number_operation,
    "Troops of Operation Hadin Kai 3 detained seven suspects.",
    ["arrested unspecified 7"]
);
reads!(
    name_number_sector,
    "Troops of Sector 2 rescued 11 hostages.",
    ["rescued civilians 11"]
);
reads!(
    name_number_sector_operation,
    "A Sector 3 operation left 9 militants dead.",
    ["operations - 1", "killed militants 9"]
);
reads!(
    name_number_tail,
    "Police said the Sokola 2 operation killed 4 gunmen.",
    ["killed militants 4"]
);
reads!(
    name_then_count_still_counts,
    "In Operation Sindoor 26 civilians were killed.",
    ["killed civilians 26"]
);
// A running total whose "total"/"number" is named by a participle, with a time phrase before
// "to N"; the count told before is its part.
reads!(
    running_total_participle_since,
    "Rangers shot dead 8 dacoits, bringing the total killed since April to 156.",
    ["killed militants 8 <1", "killed militants 156"]
);
reads!(
    running_total_participle_this_year,
    "Police held 14 suspects, taking the total arrested this year to 930.",
    ["arrested unspecified 14 <1", "arrested unspecified 930"]
);
reads!(
    running_total_number_participle,
    "Five more soldiers died, bringing the number killed this month to 61.",
    ["killed security_forces 5 <1", "killed security_forces 61"]
);
reads!(
    running_total_total_number_participle,
    "Another 210 were detained, taking the total number held since June to 4,800.",
    ["arrested unspecified 210 <1", "arrested unspecified 4800"]
);
reads!(
    running_total_participle_other_kind,
    "Troops killed 12 bandits, bringing the total wounded since January to 30.",
    ["killed militants 12", "injured unspecified 30"]
);
reads!(
    running_total_of_other_noun_is_no_kind,
    "The ministry raised the total budget this year to 340 million.",
    []
);

// "brought to N the number of <people> who (aux) <verb>": the verb of the relative clause.
reads!(
    brought_to_relative_who_had,
    "The latest handover brought to 215 the number of guerrillas who had surrendered.",
    ["surrendered militants 215"]
);
reads!(
    brought_to_relative_who_have_been,
    "The ambush raised to 27 the number of policemen who have been killed.",
    ["killed security_forces 27"]
);
reads!(
    brought_to_relative_other_verb,
    "This brought to 40 the number of rebels who were trained in the camp.",
    []
);

// A revised toll: "up from N <reported|announced|given> ..." is the earlier count.
reads!(
    up_from_announced,
    "The toll climbed to 64 on Sunday, up from 41 announced on Saturday.",
    ["killed unspecified 64", "killed unspecified 41"]
);
reads!(
    up_from_given_by,
    "The death toll stood at 23, up from 17 given by the hospital.",
    ["killed unspecified 23", "killed unspecified 17"]
);
reads!(
    reported_after_a_bare_number_stays_out,
    "The patrol moved to 12 reported hideouts.",
    []
);

// "as against N", "versus N": a comparison with the figure before.
reads!(
    as_against_killed,
    "Police killed 88 bandits in March, as against 65 in February.",
    ["killed militants 88", "killed militants 65"]
);
reads!(
    as_against_attacks,
    "There were 31 attacks in the quarter as against 22 a year ago.",
    ["attacks - 31", "attacks - 22"]
);
reads!(
    versus_killed,
    "Troops killed 109 militants in May versus 74 in April.",
    ["killed militants 109", "killed militants 74"]
);
reads!(
    against_alone_is_no_comparison,
    "The home side won by 109 against 74.",
    []
);

// "fell to N in <year>, from M <when>": the start of the change, after a comma.
reads!(
    change_then_from_a_year_earlier,
    "Kidnappings fell to 64 in 2025, from 83 a year earlier.",
    ["kidnapped unspecified 64", "kidnapped unspecified 83"]
);
reads!(
    change_then_from_previous_year,
    "Attacks rose to 140 last year, from 112 in the previous year.",
    ["attacks - 140", "attacks - 112"]
);
reads!(
    change_then_from_places_is_no_count,
    "Attacks rose to 78 in 2025, from 91 villages.",
    ["attacks - 78"]
);

// A parenthesis between the counted noun and the verb of a change.
reads!(
    change_noun_before_parenthesis,
    "Mass-casualty attacks (those with five or more deaths) rose from 9 in 2023 to 16 in 2024.",
    ["attacks - 9", "attacks - 16"]
);

// A toll with a long subject keeps its kind over an event noun inside it.
reads!(long_toll_subject, "The death toll from a bombing by militants at a crowded bus station in the centre of the provincial capital rose to 27 on Tuesday.", ["attacks - 1", "killed unspecified 27"]);
reads!(long_number_of_killed_subject, "The number of villagers killed in a raid on a cattle market near the district town of Gwoza rose to 44.", ["operations - 1", "killed civilians 44"]);
reads!(long_subject_without_toll, "The price of fuel at a busy market in the town of Bandiagara in central Mali rose to 31 on Monday.", []);

// A toll in quotation marks.
reads!(
    toll_at_quoted_amount,
    "Residents put the toll at \"about 90\".",
    ["killed unspecified 90"]
);
reads!(
    toll_at_curly_quoted_amount,
    "Residents put the toll at “as many as 90”.",
    ["killed unspecified 90"]
);

/// The `period` of each figure of a text, in text order ("-" for none).
macro_rules! periods {
    ($name:ident, $input:expr, [$($e:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let got: Vec<String> = extract($input)
                .figures
                .iter()
                .map(|f| f.period.clone().unwrap_or_else(|| "-".into()))
                .collect();
            let expected: Vec<&str> = vec![$($e),*];
            assert_eq!(got, expected, "{}", $input);
        }
    };
}

// A bare number with its own time after it has that period, not the sentence's first.
periods!(
    own_period_of_compared_counts,
    "The force carried out 8,210 raids in 2024, up from 7,514 in 2023 and 6,990 in 2022.",
    ["2024", "2023", "2022"]
);
periods!(
    own_period_of_change_end,
    "Suicide attacks rose from 11 in 2022 to 17 in 2023.",
    ["2022", "2023"]
);
periods!(
    own_period_of_month,
    "date 2025-07-02\n\nPolice recorded 61 attacks in June, down from 70 in May.",
    ["2025-06", "2025-05"]
);
// Parts of totals (fx-parts). Counts of events have parts too: "of which", "N of them".
reads!(
    of_which_part_of_events,
    "Militants carried out 61 attacks in the province, of which 40 occurred in the border \
     districts.",
    ["attacks - 61", "attacks - 40 <0"]
);
reads!(
    of_which_part_of_operations,
    "The army launched 75 strikes, of which 18 were in the valley.",
    ["operations - 75", "operations - 18 <0"]
);
reads!(
    of_which_after_things_is_no_part,
    "Troops shot dead 4 insurgents and seized 25 guns, of which 9 were rifles.",
    ["killed militants 4"]
);
reads!(
    of_them_part_of_events_in_next_sentence,
    "The region saw 48 bombings last year. 29 of them took place in the capital.",
    ["attacks - 48", "attacks - 29 <0"]
);
reads!(
    of_them_part_of_people_in_next_sentence,
    "Troops gunned down 15 rebels. Six of them were senior commanders.",
    ["killed militants 15", "killed militants 6 <0"]
);
reads!(
    of_them_after_things_is_no_part,
    "Police detained 9 suspects and recovered 30 rifles. Twelve of them were new.",
    ["arrested unspecified 9"]
);
reads!(
    of_them_naming_a_person_is_no_part,
    "Three guards died on Sunday. One of them, Ahmed Khan, was a sergeant.",
    ["killed security_forces 3"]
);

// "Of the X, N ...": the opener names the kind, events too; the kind goes no further.
reads!(
    of_the_events_opener_names_the_kind,
    "Forces mounted 320 raids and detained 85 insurgents. Of the raids, 210 were in the north.",
    [
        "operations - 320",
        "arrested militants 85",
        "operations - 210 <0"
    ]
);
reads!(
    kind_of_an_event_opener_does_not_spread,
    "Forces mounted 320 raids. Of the raids, 210 were in the north, he said, adding that nine \
     policemen had embraced shahadat.",
    [
        "operations - 320",
        "operations - 210 <0",
        "killed security_forces 9"
    ]
);

// A breakdown in brackets: each item a part; the whole is mixed when its parts are.
reads!(
    bracketed_breakdown_parts,
    "Gunmen killed 15 people (nine villagers and six guards) in the raid.",
    [
        "killed unspecified 15",
        "killed civilians 9 <0",
        "killed security_forces 6 <0"
    ]
);
reads!(
    bracketed_breakdown_of_a_count_noun,
    "The district saw 84 deaths (20 civilians, 14 policemen and 50 insurgents) in 2023.",
    [
        "killed unspecified 84",
        "killed civilians 20 <0",
        "killed security_forces 14 <0",
        "killed militants 50 <0"
    ]
);

// An opener's own count is the whole of the counts after it.
reads!(
    among_the_counted_whole,
    "Among the 45 arrested were nine Afghans and two Somalis.",
    [
        "arrested unspecified 45",
        "arrested unspecified 9 <0",
        "arrested unspecified 2 <0"
    ]
);
reads!(
    of_the_counted_whole,
    "Of the 30 injured, 18 were police officers and 12 were bystanders.",
    [
        "injured unspecified 30",
        "injured security_forces 18 <0",
        "injured civilians 12 <0"
    ]
);
reads!(
    of_the_detainees_part,
    "Police held 240 people in raids. 150 of the detainees were members of the TTP.",
    ["arrested unspecified 240", "arrested militants 150 <0"]
);
reads!(
    of_the_detainees_doing_something_else,
    "Officials said 15 of the detainees escaped.",
    []
);
reads!(
    copula_breakdown_goes_on,
    "Eleven people died; seven were soldiers and four were villagers.",
    [
        "killed unspecified 11",
        "killed security_forces 7 <0",
        "killed civilians 4 <0"
    ]
);

// "N of whom" + a verb that says what they have is no figure; a breakdown by category is.
reads!(
    of_whom_had_is_no_figure,
    "Police detained 18 rebels, six of whom had bounties on their heads.",
    ["arrested militants 18"]
);
reads!(
    of_whom_were_women_is_a_part,
    "Police detained 18 rebels, six of whom were women.",
    ["arrested militants 18", "arrested militants 6 <0"]
);
reads!(
    of_whom_had_been_is_a_verb,
    "Police detained 18 rebels, six of whom had been wounded.",
    ["arrested militants 18", "injured militants 6"]
);

// "N of our <adjective> soldiers".
reads!(
    of_our_brave_soldiers,
    "Two of our valiant jawans were injured.",
    ["injured security_forces 2"]
);

// Adult women and men named as parts of militants are militants; children stay civilians.
reads!(
    women_among_militants,
    "Thirty-five Maoists, including nine women, surrendered.",
    ["surrendered militants 35", "surrendered militants 9 <0"]
);
reads!(
    women_among_people_are_civilians,
    "The blast killed 14 people, including five women.",
    ["killed unspecified 14", "killed civilians 5 <0"]
);

// "them": the nearest people or group before, even of no side; not the doers.
reads!(
    them_are_the_nearest_people,
    "Rangers detained eight suspects, two of them injured.",
    ["arrested unspecified 8", "injured unspecified 2"]
);
reads!(
    them_are_a_named_group,
    "Soldiers fought Boko Haram remnants near the lake, killing five of them.",
    ["killed militants 5"]
);
reads!(
    woman_among_militants_of_the_sentence_before,
    "Eighteen insurgents laid down their arms in Kohlu. Among them were two commanders and a \
     woman.",
    [
        "surrendered militants 18",
        "surrendered militants 2 <0",
        "surrendered militants 1 <0"
    ]
);
reads!(
    copula_breakdown_after_a_date,
    "Six people were shot dead on Friday; four were traders.",
    ["killed unspecified 6", "killed civilians 4 <0"]
);
reads!(
    of_the_detainees_side_from_the_copula,
    "Police held 240 people in raids. 150 of the detainees were suspected members of ISIS, and 20 \
     of the detainees were Afghan nationals.",
    [
        "arrested unspecified 240",
        "arrested militants 150 <0",
        "arrested unspecified 20 <0"
    ]
);
// Headline present tenses of every kind's verbs.
reads!(
    headline_detains,
    "SDF detains 67",
    ["arrested unspecified 67"]
);
reads!(
    headline_captures,
    "Army captures 12 gunmen",
    ["arrested militants 12"]
);
reads!(
    headline_nabs,
    "Police nabs 12 suspects",
    ["arrested unspecified 12"]
);
reads!(
    headline_apprehends,
    "BSF apprehends 9 smugglers",
    ["arrested militants 9"]
);
reads!(
    headline_eliminates,
    "Troops eliminates 5 terrorists",
    ["killed militants 5"]
);
reads!(
    headline_murders,
    "Gunman murders 3 villagers",
    ["killed civilians 3"]
);
reads!(
    murders_still_a_noun,
    "Five murders were reported in the city.",
    ["killed unspecified 5"]
);

// Any "-ly" adverb between the auxiliary and the verb.
reads!(
    adverb_formally,
    "287 suspects were formally arrested.",
    ["arrested unspecified 287"]
);
reads!(
    adverb_brutally,
    "Three soldiers were brutally killed.",
    ["killed security_forces 3"]
);
reads!(
    adverb_briefly,
    "Two men have been briefly detained.",
    ["arrested unspecified 2"]
);
reads!(
    adverb_two,
    "Twelve people were only slightly injured.",
    ["injured unspecified 12"]
);
reads!(
    adverb_voluntarily,
    "Six rebels have voluntarily surrendered.",
    ["surrendered militants 6"]
);
reads!(not_adverb_elderly, "Five of them were elderly women.", []);

// Person words: ranks, remnants, combatants, singular persons.
reads!(
    traffic_wardens,
    "Two traffic wardens were shot dead.",
    ["killed security_forces 2"]
);
reads!(
    khasadars,
    "Three khasadars were injured.",
    ["injured security_forces 3"]
);
reads!(
    asis_and_naiks,
    "Two ASIs and a naik were martyred.",
    ["killed security_forces 2", "killed security_forces 1"]
);
reads!(
    remnants,
    "Troops killed two ISIS remnants.",
    ["killed militants 2"]
);
reads!(
    combatants,
    "Troops killed four combatants.",
    ["killed militants 4"]
);
reads!(
    a_national,
    "Troops apprehended a Bangladeshi national.",
    ["arrested civilians 1"]
);
reads!(
    a_citizen,
    "Police arrested a Nepali citizen.",
    ["arrested civilians 1"]
);
reads!(
    a_youth,
    "Gunmen shot dead a youth in Kulgam.",
    ["killed civilians 1"]
);
reads!(
    a_local,
    "Militants abducted a local on Monday.",
    ["kidnapped civilians 1"]
);
reads!(
    a_manager,
    "Gunmen abducted a bank manager.",
    ["kidnapped civilians 1"]
);
reads!(
    a_headmaster,
    "Gunmen killed a headmaster.",
    ["killed civilians 1"]
);
reads!(
    touts,
    "Six touts were apprehended.",
    ["arrested unspecified 6"]
);
reads!(
    national_as_adjective,
    "Two Afghan National Army soldiers were killed.",
    ["killed security_forces 2"]
);
reads!(
    national_before_noun,
    "Five national highway workers were abducted.",
    ["kidnapped civilians 5"]
);
reads!(
    local_before_noun,
    "Two local policemen were injured.",
    ["injured security_forces 2"]
);

// "dozens of wounded": the participle as the counted noun, like "dozens of dead".
reads!(
    dozens_of_wounded,
    "There are dozens of wounded at the clinic.",
    ["injured unspecified 36"]
);
reads!(
    scores_of_injured,
    "The hospital received scores of injured.",
    ["injured unspecified 40"]
);
reads!(
    dozens_of_wounded_soldiers,
    "Dozens of wounded soldiers were evacuated.",
    ["injured security_forces 36"]
);
reads!(
    dozens_of_wounded_and_dead,
    "Dozens of wounded and dead lay in the street.",
    []
);

// "gone up to": a particle, not the hedge "up to".
reads!(
    toll_gone_up_to,
    "The death toll has gone up to 12.",
    ["killed unspecified 12"]
);
reads!(
    arrests_went_up_to,
    "The number of arrests went up to 40 on Monday.",
    ["arrested unspecified 40"]
);
reads!(
    up_to_still_a_hedge,
    "Up to 12 people were killed.",
    ["killed unspecified 12"]
);

// Captors letting people go: a named group or a force before the verb, like "Rebels".
reads!(
    group_released_soldiers,
    "The ELN released 14 soldiers.",
    ["rescued security_forces 14"]
);
reads!(
    group_frees_soldiers,
    "Al-Shabaab frees 9 soldiers",
    ["rescued security_forces 9"]
);
reads!(
    army_freed_soldiers,
    "The army freed 14 soldiers.",
    ["rescued security_forces 14"]
);
reads!(police_released_suspects, "Police released 14 suspects.", []);
reads!(
    army_released_militants,
    "The army released 14 militants.",
    []
);
reads!(
    group_released_prisoners,
    "The Taliban released 14 prisoners.",
    []
);

// "another" as the object of a kind verb: a person noun, or bare after a count in the sentence.
reads!(
    arrested_another,
    "Police killed five terrorists and arrested another.",
    ["killed militants 5", "arrested militants 1"]
);
reads!(
    injured_another_in,
    "Troops killed two rebels and injured another in the clash.",
    ["killed militants 2", "injured militants 1"]
);
reads!(
    arrested_another_suspect,
    "Police arrested another suspect.",
    ["arrested unspecified 1"]
);
reads!(
    another_thing_is_none,
    "Troops killed 3 militants and seized another cache.",
    ["killed militants 3"]
);
reads!(
    bare_another_alone_is_none,
    "Police later arrested another.",
    []
);

// "others"/"more" is the head when no noun follows: "14 others along with arms".
reads!(
    others_along_with,
    "Police arrested 14 others along with arms.",
    ["arrested unspecified 14"]
);
reads!(
    more_along_with,
    "Troops detained 9 more along with ammunition.",
    ["arrested unspecified 9"]
);
reads!(
    more_before_a_noun,
    "Police arrested 14 more young men.",
    ["arrested unspecified 14"]
);
reads!(
    others_escaped,
    "Two were killed while five others fled unhurt.",
    ["killed unspecified 2"]
);

// "N more than ..." is a difference, not a count: a regression of "others"/"more" as a head.
reads!(
    more_than_difference_is_no_count,
    "A total of 96 people were killed in feuds, which is 17 more than the number of deaths last year.",
    ["killed unspecified 96"]
);
reads!(
    more_than_difference_after_arrests,
    "Police arrested 40 suspects, 12 more than the number held in the previous raid.",
    ["arrested unspecified 40"]
);

// A breakdown after an opener ("Of those killed, ...") with a copula item of its own: every
// item keeps its side (a regression of the copula-breakdown rule), and "members of <group>"
// takes the group's side.
reads!(
    opener_breakdown_with_members_of,
    "Violence killed 2,500 people in 2024. Of those killed, 900 were fighters, 850 were members \
     of the security forces and 750 were civilians.",
    [
        "killed unspecified 2500",
        "killed militants 900 <0",
        "killed security_forces 850 <0",
        "killed civilians 750 <0"
    ]
);
reads!(
    members_of_police,
    "Of the 30 killed, 12 were members of the armed forces and 18 were members of the police.",
    [
        "killed unspecified 30",
        "killed security_forces 12 <0",
        "killed security_forces 18 <0"
    ]
);
reads!(
    members_of_no_side,
    "Of the 30 killed, 12 were members of a wedding party.",
    ["killed unspecified 30", "killed unspecified 12 <0"]
);

// Named men with their ages in an apposition between the counted noun and its verb (the ISPR
// form): the count binds past it, the ages stay no figures.
reads!(
    apposition_names_with_ages_in_brackets,
    "Two soldiers, Naik Arif (31) and Sepoy Zahid (23), were martyred.",
    ["killed security_forces 2"]
);
reads!(
    apposition_names_with_ages_in_commas,
    "Two soldiers, Naik Arif, 31, and Sepoy Zahid, 23, were martyred.",
    ["killed security_forces 2"]
);
reads!(
    apposition_names_with_age_and_district,
    "Three policemen, Constable Bashir (age: 41 years, resident of District Bannu), Constable Gul (age: 29 years, resident of District Lakki) and ASI Noor (age: 50 years, resident of District Tank), were injured.",
    ["injured security_forces 3"]
);
reads!(
    apposition_names_with_ages_other_verb,
    "Two FC personnel, Lance Naik Ahmed (27) and Sepoy Ali (22), embraced shahadat while 4 khwarij were sent to hell.",
    ["killed security_forces 2", "killed militants 4"]
);
reads!(
    apposition_ages_need_a_counted_person,
    "The village, Kot Sher (31) and Dera (23), was shelled.",
    []
);

// ", but were VERB" / ", and were VERB" after a first verb joins the passive to the counted noun.
reads!(
    comma_but_were_arrested,
    "Two suspects fled, but were arrested.",
    ["arrested unspecified 2"]
);
reads!(
    comma_but_were_killed,
    "Two soldiers fought back, but were killed.",
    ["killed security_forces 2"]
);
reads!(
    comma_and_were_killed,
    "Three militants opened fire, and were killed.",
    ["killed militants 3"]
);
reads!(
    comma_but_were_later_caught,
    "Five gunmen escaped, but were caught hours later.",
    ["arrested militants 5"]
);
reads!(
    comma_but_other_subject_is_no_figure,
    "Two suspects fled, but police arrested them.",
    []
);
reads!(
    and_were_not_hurt_is_no_figure,
    "Four soldiers were deployed, but were not hurt.",
    []
);

// A bare count after a clause whose own subject is a person ("soldier dies, 3 injured") is on
// that person's side, not on the side of the figure before.
reads!(
    headline_count_takes_the_nearer_clause_subject,
    "5 militants killed; soldier dies, 3 injured",
    ["killed militants 5", "injured security_forces 3"]
);
reads!(
    headline_count_after_jawan_dies,
    "Four Maoists killed, jawan dies, two hurt in Bijapur",
    ["killed militants 4", "injured security_forces 2"]
);
reads!(
    bare_count_keeps_the_figure_before_without_a_clause_subject,
    "12 militants were killed by soldiers, and 3 injured.",
    ["killed militants 12", "injured militants 3"]
);

// Comma-joined headlines: each item its own figure, a bare singular person is one.
reads!(
    headline_comma_bare_person,
    "Two cops, civilian injured in grenade attack",
    ["injured security_forces 2", "injured civilians 1"]
);
reads!(
    headline_comma_bare_soldier,
    "Three militants, soldier killed in Kupwara gunfight",
    ["killed militants 3", "killed security_forces 1"]
);
reads!(
    headline_comma_title_case,
    "Four Naxals, Jawan Killed In Sukma Encounter",
    ["killed militants 4", "killed security_forces 1"]
);
reads!(
    headline_comma_bare_plural_is_no_count,
    "Two cops, civilians injured in grenade attack",
    []
);
reads!(
    headline_comma_body_noun_is_no_count,
    "Two militants, police personnel killed in encounter",
    []
);
reads!(
    comma_bare_person_with_object_is_no_item,
    "Police arrested two men, soldier killed 3 militants.",
    ["arrested unspecified 2", "killed militants 3"]
);
reads!(
    apposition_names_with_ages_then_participle_clause,
    "Two soldiers, Naik Arif (27) and Sepoy Zahid (22), having fought gallantly, embraced shahadat.",
    ["killed security_forces 2"]
);
// Named groups the one-word lexicon could not hold, and newer names: their members are militants.
reads!(
    islamic_state_members,
    "Airstrikes killed 47 Islamic State members near the border.",
    ["killed militants 47"]
);
reads!(
    members_of_islamic_state,
    "Police detained 9 members of Islamic State in the raid.",
    ["arrested militants 9"]
);
reads!(
    islamic_state_province_members,
    "Troops killed 23 Islamic State West Africa Province members.",
    ["killed militants 23"]
);
reads!(
    let_as_written,
    "Security forces killed three LeT militants and arrested 4 LeT members.",
    ["killed militants 3", "arrested militants 4"]
);
reads!(let_the_verb, "The gunmen let 12 passengers go.", []);
reads!(
    lakurawa_members,
    "The army said 15 Lakurawa members were neutralised.",
    ["killed militants 15"]
);
reads!(
    issp_fighters,
    "Soldiers killed 31 ISSP elements near Menaka.",
    ["killed militants 31"]
);
reads!(
    ogws_arrested,
    "Police arrested five OGWs and two over ground workers; 3 overground workers were detained later.",
    ["arrested militants 5", "arrested militants 2", "arrested militants 3"]
);
reads!(
    ground_workers_stay_civilians,
    "Over 40 ground workers were injured.",
    ["injured civilians 40"]
);
reads!(
    part_of_a_named_group,
    "Troops arrested nine cadres, among them four of the PREPAK and two of the KCP.",
    [
        "arrested militants 9",
        "arrested militants 4 <0",
        "arrested militants 2 <0"
    ]
);

// "attack" or "strike" before a weapon is a modifier: weapons are never figures.
reads!(
    attack_drones_are_weapons,
    "Russia launched 95 Shahed-type attack drones and 40 strike drones overnight.",
    []
);
reads!(
    attack_helicopters_are_weapons,
    "The navy deployed six attack boats and two attack helicopters.",
    []
);
reads!(
    attacks_by_drones_stay_attacks,
    "Militants carried out 12 attacks with drones and 3 drone strikes.",
    ["attacks - 12", "operations - 3"]
);

// "N more injured X died", "N policemen succumbed": the death of people hurt before; the verb,
// not the participle before the noun, names the kind.
reads!(
    more_injured_died,
    "Three more injured persons died in hospital on Sunday.",
    ["killed unspecified 3"]
);
reads!(
    more_wounded_soldiers_died,
    "Two more wounded troopers died overnight.",
    ["killed security_forces 2"]
);
reads!(
    more_wounded_evacuated,
    "Four more wounded troopers were evacuated.",
    ["injured security_forces 4"]
);
reads!(
    bare_succumbed,
    "Five constables succumbed on Monday.",
    ["killed security_forces 5"]
);
reads!(
    injured_later_succumbed,
    "Six injured jawans later succumbed.",
    ["killed security_forces 6"]
);

// "fell in action/battle/combat": killed; a bare "fell" is a fall of a count, not a death.
reads!(
    fell_in_action,
    "Nine troopers fell in action and 3 policemen fell in the line of duty.",
    ["killed security_forces 9", "killed security_forces 3"]
);
reads!(
    fell_is_a_fall,
    "Attacks fell in June to 41.",
    ["attacks - 41"]
);
