/* test_extract.c — recognition, coreference, quotation attribution and
 * every relation type, on sentences written for these tests. */
#include <criterion/criterion.h>
#include <string.h>

#include "buf.h"
#include "pipeline.h"

/* ---- recognition ---- */

Test(recognise, people_by_title_role_and_apposition)
{
    pg_graph *g = extract_text(
        "Swedish Defence Minister Lars Ekholm met Dutch politician Maaike Verhoef in Stockholm. "
        "Tomas Brandt, the EU's top diplomat, said the bloc would respond. "
        "Prime Minister of Portugal Rui Carvalho Nunes praised Ekholm.");
    cr_assert(has_node(g, "Lars Ekholm", PG_ACTOR_PERSON));
    cr_assert(has_node(g, "Maaike Verhoef", PG_ACTOR_PERSON));
    cr_assert(has_node(g, "Tomas Brandt", PG_ACTOR_PERSON));
    cr_assert(has_node(g, "Rui Carvalho Nunes", PG_ACTOR_PERSON));
    assert_edge(g, "Lars Ekholm", "Sweden", PG_REL_AFFILIATION);
    assert_edge(g, "Maaike Verhoef", "Netherlands", PG_REL_AFFILIATION);
    assert_edge(g, "Tomas Brandt", "European Union", PG_REL_AFFILIATION);
    assert_edge(g, "Rui Carvalho Nunes", "Portugal", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

Test(recognise, names_without_a_cue_are_not_actors)
{
    pg_graph *g = extract_text("Delegates gathered at Harbour Point near Old Quay. The weather was mild.");
    cr_assert_eq(pg_graph_node_count(g), 0, "got %zu nodes", pg_graph_node_count(g));
    pg_graph_free(g);
}

Test(recognise, organizations_by_lexicon_and_by_shape)
{
    pg_graph *g = extract_text("The Ministry of Fisheries criticised NATO. The Baltic Shipping Council backed the "
                               "plan, the Pentagon said.");
    cr_assert(has_node(g, "Ministry of Fisheries", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Baltic Shipping Council", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Ministry of Fisheries", "NATO", PG_REL_CRITICISM);
    cr_assert(has_node(g, "NATO", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
    /* "... Brothers" is a firm, and a name before "of" one is a person */
    g = extract_text("Lea Tamm of Coudert Brothers said Japan would invest.");
    cr_assert(has_node(g, "Coudert Brothers", PG_ACTOR_ORGANIZATION));
    cr_assert(!has_node(g, "Coudert Brothers", PG_ACTOR_PERSON));
    assert_edge(g, "Lea Tamm", "Japan", PG_REL_STATEMENT); /* the body and the verb after her name confirm her */
    pg_graph_free(g);
    /* also with "of the" before the body; and not a body's own name */
    g = extract_text("Ivan Petrov of the Foreign Ministry said Peru agreed. Susumu Taketomi of Industrial Bank of "
                     "Japan said Chile agreed. United Steelworkers of America said Bolivia agreed.");
    cr_assert(has_node(g, "Ivan Petrov", PG_ACTOR_PERSON));
    cr_assert_eq(node_by_label(g, "Ivan Petrov of the Foreign Ministry"), -1);
    assert_edge(g, "Ivan Petrov", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Susumu Taketomi", "Chile", PG_REL_STATEMENT);
    cr_assert(!has_node(g, "United Steelworkers", PG_ACTOR_PERSON));
    pg_graph_free(g);
    /* a title of a body "of the" another: the title and the person, no body named so */
    g = extract_text("Acting Head of the State Emergency Service of Ukraine Serhiy Kruk met Anna Berg.");
    assert_edge(g, "Serhiy Kruk", "State Emergency Service of Ukraine", PG_REL_AFFILIATION);
    cr_assert_eq(node_by_label(g, "Acting Head of the State Emergency Service of Ukraine"), -1);
    pg_graph_free(g);
}

Test(resolve, a_short_name_given_in_brackets_is_that_bodys)
{
    /* the article's "(CPC)" wins over the lexicon's CPC, the Chinese
     * Communist Party, from then on */
    pg_graph *g = extract_text("Ceylon Petroleum Corp (CPC) renewed its contract. CPC said Egypt would supply "
                               "crude.");
    assert_edge(g, "Ceylon Petroleum Corp", "Egypt", PG_REL_STATEMENT);
    cr_assert(!has_node(g, "Chinese Communist Party", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
    /* not where the brackets hold no initials of the name before them */
    g = extract_text("The Social Democratic Party (SPD) met. SPD leaders said Egypt agreed.");
    assert_edge(g, "SPD", "Egypt", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* nor where the name is the lexicon's body spelled another way */
    g = extract_text("The Food and Agriculture Organisation (FAO) met. FAO said Egypt agreed.");
    assert_edge(g, "Food and Agriculture Organization", "Egypt", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_known_firm_named_with_initials_opens_a_longer_name)
{
    /* "E.F." is initials, not an acronym: the firm's longer name holds;
     * a state's abbreviation still opens none */
    pg_graph *g = extract_text("E.F. Hutton Insurance Group said Canada agreed. The U.S. Senate Agriculture "
                               "Committee said Mexico agreed. Merrill Lynch said Peru agreed.");
    assert_edge(g, "E.F. Hutton Insurance Group", "Canada", PG_REL_STATEMENT);
    cr_assert(!has_node(g, "U.S. Senate Agriculture Committee", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Merrill Lynch", "Peru", PG_REL_STATEMENT);
    cr_assert(has_node(g, "Merrill Lynch", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
    /* a legal form alone after a known company is the company's own */
    g = extract_text("Boeing Co said Canada agreed. Nomura Securities Co Ltd said Peru agreed.");
    assert_edge(g, "Boeing", "Canada", PG_REL_STATEMENT);
    assert_edge(g, "Nomura", "Peru", PG_REL_STATEMENT);
    cr_assert(!has_node(g, "Boeing Co", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
    /* brackets are no words of the longer name, and a company's name
     * that ends in a legal form may be longer */
    g = extract_text("Philips Electrical (Ireland) Ltd said Canada agreed. Daiwa House Industry Co Ltd said Peru "
                     "agreed.");
    assert_edge(g, "Philips Electrical (Ireland) Ltd", "Canada", PG_REL_STATEMENT);
    assert_edge(g, "Daiwa House Industry Co Ltd", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_bodys_initials_name_it_later_in_the_article)
{
    pg_graph *g = extract_text("The Velmar Soybean Association met on Monday. VSA said Canada agreed.");
    assert_edge(g, "Velmar Soybean Association", "Canada", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "VSA"), 0);
    pg_graph_free(g);
}

Test(recognise, a_day_opens_a_bodys_name_only_before_its_suffix)
{
    pg_graph *g = extract_text("Dixons Group said Friday Cyacq Corp raised its offer. The Sunday Times said Kopa "
                               "Corp agreed.");
    cr_assert(has_node(g, "Cyacq Corp", PG_ACTOR_ORGANIZATION));
    cr_assert(!has_node(g, "Friday Cyacq Corp", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Sunday Times", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
}

Test(recognise, an_acronyms_plural_is_no_name)
{
    pg_graph *g = extract_text("The spokesman said the cost of the new DCs is expected to be met by the airline. He "
                               "said Chile would pay. Harwell Gas said PCBs were found in Peru.");
    cr_assert_lt(node_by_label(g, "DCs"), 0);
    cr_assert_lt(node_by_label(g, "PCBs"), 0);
    pg_graph_free(g);
}

Test(recognise, a_verb_opening_the_sentence_opens_no_body)
{
    pg_graph *g = extract_text("Using the Harwell Budget Office estimates would give a deficit, John Smith said.");
    cr_assert(has_node(g, "Harwell Budget Office", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "John Smith", "Harwell Budget Office", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* "Georgia" in an article naming an American state is that state's
 * namesake, unless the article names the country by its demonym or
 * capital. */
Test(recognise, an_american_states_namesake_is_no_country_in_american_news)
{
    pg_graph *g = extract_text("Harwell Gas Co said it serves 4,000 customers in southwest Georgia and north Florida.");
    cr_assert_lt(node_by_label(g, "Georgia"), 0);
    pg_graph_free(g);
    g = extract_text("A Texas delegation met the Georgian president. Russia later criticised Georgia.");
    assert_edge(g, "Russia", "Georgia", PG_REL_CRITICISM);
    pg_graph_free(g);
    g = extract_text("Harwell Gas Co said it serves 4,000 customers in Georgia.");
    cr_assert_geq(node_by_label(g, "Georgia"), 0);
    pg_graph_free(g);
}

Test(recognise, an_address_opens_no_body)
{
    pg_graph *g = extract_text("Address by the President\n\nDear Chairman of the Swiss Federal Assembly! Dear Mr. "
                               "President of the Orbis Council!");
    cr_assert_lt(node_by_label(g, "Dear Chairman of the Swiss Federal Assembly"), 0);
    cr_assert_lt(node_by_label(g, "Dear Mr. President of the Orbis Council"), 0);
    pg_graph_free(g);
    g = extract_text("Chile said: \"For the European Union, this is a failure. With the African Union at the table, "
                     "Peru would agree.\"");
    assert_edge(g, "Chile", "European Union", PG_REL_STATEMENT);
    assert_edge(g, "Chile", "African Union", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "For the European Union"), 0);
    pg_graph_free(g);
    g = extract_text("Addressed the Parliament of Iceland. Only the Soviet Union had such a network, John Smith said.");
    cr_assert_lt(node_by_label(g, "Addressed the Parliament of Iceland"), 0);
    assert_edge(g, "John Smith", "Soviet Union", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Chief of the Main Intelligence Directorate of the General Staff Igor Kostyukov said Chile agreed.");
    cr_assert_lt(node_by_label(g, "Chief of the Main Intelligence Directorate of the General Staff"), 0);
    assert_edge(g, "Igor Kostyukov", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Dmitry Rogozin said: \"We are grateful to the Government of Moscow and Mr Sobyanin personally.\"");
    assert_edge(g, "Dmitry Rogozin", "Government of Moscow", PG_REL_SUPPORT);
    assert_edge(g, "Dmitry Rogozin", "Sobyanin", PG_REL_SUPPORT);
    pg_graph_free(g);
    g = extract_text("Mr. Rooter Corp said Chile agreed.");
    assert_edge(g, "Mr. Rooter Corp", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, capitals_act_for_their_state_but_not_as_modifiers)
{
    pg_graph *g = extract_text("Moscow condemned the decision. The Minsk agreements were mentioned by Kyiv.");
    cr_assert(has_node(g, "Russia", PG_ACTOR_COUNTRY));
    cr_assert(has_node(g, "Ukraine", PG_ACTOR_COUNTRY));
    cr_assert_eq(node_by_label(g, "Belarus"), -1, "Minsk as a modifier is not Belarus");
    pg_graph_free(g);
    g = extract_text("President Volodymyr Zelenskyy spoke about the Normandy and Minsk formats.");
    cr_assert_eq(node_by_label(g, "Belarus"), -1, "nor before a plural noun");
    pg_graph_free(g);
    /* a city's market, branch or office is no state speaking */
    g = extract_text("A spokesman from Nordbank's London branch, which handles the deal, said the delay was "
                     "technical. Prices rose on the Paris market, Ana Ferreira said.");
    refute_edge(g, "United Kingdom", "Nordbank", PG_REL_STATEMENT);
    refute_edge(g, "Ana Ferreira", "France", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_capital_opening_a_name_or_standing_for_a_place_is_not_its_state)
{
    /* a one-word seat opening a longer capitalised name names a thing of
     * its own; a building seat's ("White House") body is still the state's */
    pg_graph *g = extract_text("Minister Karin Holm said the Helsinki Final Act still binds every signatory. "
                               "Vera Lind said Georgetown Medical Clinic had signed the lease. White House Budget "
                               "Chief Tom Reyes said Congress would vote.");
    refute_edge(g, "Karin Holm", "Finland", PG_REL_STATEMENT);
    refute_edge(g, "Vera Lind", "Guyana", PG_REL_STATEMENT);
    cr_assert(has_node(g, "United States", PG_ACTOR_COUNTRY));
    pg_graph_free(g);
    /* but not before a title, a day or a known actor */
    g = extract_text("Anna Berg said Moscow Mayor Pavel Orlov would resign, and that Moscow Monday rejected "
                     "the plan.");
    assert_edge(g, "Anna Berg", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a seat after a preposition of place is where, not who: no statement
     * about the state; "from" and a possessive still make it the state */
    g = extract_text("Ines Duarte said the talks in Paris had ended. Omar Haddad said pressure from Ankara grew.");
    refute_edge(g, "Ines Duarte", "France", PG_REL_STATEMENT);
    assert_edge(g, "Omar Haddad", "Turkey", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Ines Duarte said the envoy came at Madrid's request.");
    assert_edge(g, "Ines Duarte", "Spain", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_currency_is_not_its_state)
{
    pg_graph *g = extract_text("Currency dealer Anna Berg said the Australian dollar rose against the Swiss franc "
                               "and the U.S. dollar, and the South Korean won fell. She said South Korea won praise "
                               "and Italy agreed.");
    refute_edge(g, "Anna Berg", "Australia", PG_REL_STATEMENT);
    refute_edge(g, "Anna Berg", "Switzerland", PG_REL_STATEMENT);
    refute_edge(g, "Anna Berg", "United States", PG_REL_STATEMENT);
    assert_edge(g, "Anna Berg", "South Korea", PG_REL_STATEMENT); /* "won praise": a verb */
    assert_edge(g, "Anna Berg", "Italy", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a currency sign glued to the state's short name */
    g = extract_text("Minister Ivan Petrov said trade reached US$123 billion. He said US officials agreed.");
    cr_assert_eq(pg_graph_edge_count(g), 1, "only the officials' United States: %zu edges", pg_graph_edge_count(g));
    assert_edge(g, "Ivan Petrov", "United States", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Minister Ivan Petrov said trade reached US$123 billion.");
    refute_edge(g, "Ivan Petrov", "United States", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* wire copy's abbreviations: "dlrs", "cts" */
    g = extract_text("Minister Ivan Petrov said gold was 400 U.S. dlrs an ounce, 30 Canadian cts a share and 13 mln "
                     "Australian dlrs in all.");
    cr_assert_eq(pg_graph_edge_count(g), 0, "%zu edges", pg_graph_edge_count(g));
    pg_graph_free(g);
}

Test(recognise, a_government_named_by_its_state_is_the_state)
{
    pg_graph *g = extract_text("The Royal Government of Cambodia criticised Estonia. Chile held talks with the "
                               "Government of the United States. The Government of National Accord praised Peru.");
    assert_edge(g, "Cambodia", "Estonia", PG_REL_CRITICISM);
    assert_edge(g, "Chile", "United States", PG_REL_MEETING);
    cr_assert_eq(node_by_label(g, "Royal Government of Cambodia"), -1);
    cr_assert_eq(node_by_label(g, "Government of the United States"), -1);
    cr_assert(has_node(g, "Government of National Accord", PG_ACTOR_ORGANIZATION), "no state: a body");
    pg_graph_free(g);
}

Test(recognise, a_bodys_one_word_name_that_is_a_word)
{
    pg_graph *g = extract_text("Anna Berg said the Hero of Labour medals and the Labour Forum pleased Estonia. "
                               "She said the Congress of Young Scientists met. Labour MPs criticised Chile.");
    refute_edge(g, "Anna Berg", "Labour Party", PG_REL_STATEMENT);
    refute_edge(g, "Anna Berg", "Congress", PG_REL_STATEMENT);
    assert_edge(g, "Anna Berg", "Estonia", PG_REL_STATEMENT);
    assert_edge(g, "Labour Party", "Chile", PG_REL_CRITICISM);
    pg_graph_free(g);
    /* a portfolio: the minister's title, not the party */
    g = extract_text("Labour Minister Ivo Petrov said Peru agreed. Minister of Labour Anna Berg said Chile agreed. "
                     "Labour minister, Alfredo Franco, met Juan Lechin. Labour leader Neil Kinnock criticised Estonia.");
    refute_edge(g, "Ivo Petrov", "Labour Party", PG_REL_AFFILIATION);
    refute_edge(g, "Anna Berg", "Labour Party", PG_REL_AFFILIATION);
    refute_edge(g, "Alfredo Franco", "Labour Party", PG_REL_AFFILIATION);
    assert_edge(g, "Anna Berg", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Neil Kinnock", "Labour Party", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

Test(recognise, places_that_are_no_states_are_not_people)
{
    pg_graph *g = extract_text("Hong Kong said it agreed with Chile. Officials in Sao Paulo said Brazil agreed, "
                               "and the Caspian Sea states met. The Chicago Mercantile Exchange praised Peru.");
    cr_assert_eq(node_by_label(g, "Hong Kong"), -1);
    cr_assert_eq(node_by_label(g, "Sao Paulo"), -1);
    cr_assert_eq(node_by_label(g, "Caspian"), -1);
    assert_edge(g, "Chicago Mercantile Exchange", "Peru", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(recognise, things_named_after_people_are_not_people)
{
    pg_graph *g = extract_text("The minister was awarded the Order of Queen Maud by the palace.");
    cr_assert_eq(node_by_label(g, "Maud"), -1);
    pg_graph_free(g);
}

/* ---- coreference ---- */

Test(resolve, surname_title_and_pronoun_are_one_node)
{
    pg_graph *g = extract_text(
        "Canadian Prime Minister Helen Moreau called Japanese Prime Minister Kenji Arakawa on Tuesday. "
        "Moreau said the talks were useful. She praised Japan. Prime Minister Moreau also thanked Arakawa.");
    cr_assert(has_node(g, "Helen Moreau", PG_ACTOR_PERSON));
    cr_assert_eq(node_by_label(g, "Moreau"), -1, "the surname is not a second node");
    cr_assert(node_has_alias(g, "Helen Moreau", "Moreau"));
    cr_assert(node_has_alias(g, "Helen Moreau", "Canadian Prime Minister Helen Moreau"));
    assert_edge(g, "Helen Moreau", "Japan", PG_REL_SUPPORT);
    assert_edge(g, "Helen Moreau", "Kenji Arakawa", PG_REL_SUPPORT);
    assert_edge(g, "Helen Moreau", "Kenji Arakawa", PG_REL_CALL);
    pg_graph_free(g);
}

Test(resolve, middle_initials_and_honorifics)
{
    pg_graph *g = extract_text("Senator Paul T. Hartley criticised the plan. Mr Hartley said Ireland was wrong.");
    cr_assert(has_node(g, "Paul Hartley", PG_ACTOR_PERSON));
    cr_assert(node_has_alias(g, "Paul Hartley", "Paul T. Hartley"));
    assert_edge(g, "Paul Hartley", "Ireland", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, descriptions_stand_for_the_titled_person)
{
    pg_graph *g = extract_text(
        "President of Chile Marta Fuentes had a phone conversation with President of Peru Diego Salas. "
        "The President of Chile noted that Bolivia had been invited. The Peruvian President stressed that "
        "Ecuador agreed.");
    assert_edge(g, "Marta Fuentes", "Bolivia", PG_REL_STATEMENT);
    assert_edge(g, "Diego Salas", "Ecuador", PG_REL_STATEMENT);
    refute_edge(g, "Marta Fuentes", "Ecuador", PG_REL_STATEMENT);
    assert_edge(g, "Marta Fuentes", "Diego Salas", PG_REL_CALL);
    pg_graph_free(g);
}

Test(resolve, a_description_is_not_someone_named_only_as_having_held_the_title)
{
    /* "the President" of a speech is not the late president it mourns */
    pg_graph *g = extract_text("We remember the late President Tomas Varga of Norland. A task force advises the "
                               "President on Peru.");
    refute_edge(g, "Tomas Varga", "Peru", PG_REL_STATEMENT);
    cr_assert(!node_has_alias(g, "Tomas Varga", "President"));
    pg_graph_free(g);
    /* named once as holding it, the description is theirs */
    g = extract_text("Former President Tomas Varga met President Tomas Varga's successor. President Ana Ruiz "
                     "spoke. The President said Peru agreed.");
    assert_edge(g, "Ana Ruiz", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* and "the former President" may be someone named as former */
    g = extract_text("Former President Tomas Varga visited Chile. The former President said Peru agreed.");
    assert_edge(g, "Tomas Varga", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* the former holder of the state's office before the present one;
     * "First" before a title and "of" is who held it first */
    const char *first[] = {"former", "First"};
    for (size_t i = 0; i < 2; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "The %s President of Kazakhstan Nursultan Nazarbayev was there. President of Kazakhstan "
                 "Kassym-Jomart Tokayev was there too. The %s President of Kazakhstan said Peru agreed.",
                 first[i], first[i]);
        g = extract_text(text);
        assert_edge(g, "Nursultan Nazarbayev", "Peru", PG_REL_STATEMENT);
        refute_edge(g, "Kassym-Jomart Tokayev", "Peru", PG_REL_STATEMENT);
        pg_graph_free(g);
    }
}

Test(resolve, a_bare_head_title_is_not_another_head_of_state)
{
    /* the Prime Minister's own title was lost in a long name: "the Prime
     * Minister" is not the President, whose office differs */
    pg_graph *g = extract_text("The Prime Minister of the Kingdom of the Northern Isles Hugo Brandt met President of "
                               "Chile Marta Fuentes. The Prime Minister announced aid to Peru.");
    refute_edge(g, "Marta Fuentes", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a state, or an office-free title, still reaches its head */
    g = extract_text("President of Chile Marta Fuentes met Hugo Brandt. The Chilean leader said Peru agreed. "
                     "The Head of State praised Bolivia.");
    assert_edge(g, "Marta Fuentes", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Marta Fuentes", "Bolivia", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(resolve, pronouns_follow_the_subject_not_the_object)
{
    pg_graph *g = extract_text("Finnish President Aino Laine met Estonian Prime Minister Kaarel Tamm in Helsinki. "
                               "She said Latvia would join the talks.");
    assert_edge(g, "Aino Laine", "Latvia", PG_REL_STATEMENT);
    refute_edge(g, "Kaarel Tamm", "Latvia", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_shared_body_name_is_the_leading_states_body)
{
    pg_graph *g = extract_text(
        "Russia will raise pensions, Kremlin aide Oleg Sorin said. Secretary of the Security Council Pavel Voronin "
        "said Russian officials backed the plan. The Central Bank said Estonia was wrong.");
    assert_edge(g, "Pavel Voronin", "Security Council of Russia", PG_REL_AFFILIATION);
    refute_edge(g, "Pavel Voronin", "UN Security Council", PG_REL_AFFILIATION);
    assert_edge(g, "Bank of Russia", "Estonia", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Central Bank"), -1);
    pg_graph_free(g);
}

Test(resolve, one_states_body_by_default_is_not_another_states)
{
    /* "Supreme Court" is the U.S. Supreme Court by default: not in a text
     * about Nepal that names the United States nowhere */
    pg_graph *g = extract_text("Nepal will hold elections, Nepal's minister Anna Berg said. In Nepal, she said, the "
                               "Supreme Court criticised Estonia.");
    cr_assert_eq(node_by_label(g, "U.S. Supreme Court"), -1);
    assert_edge(g, "Nepali Supreme Court", "Estonia", PG_REL_CRITICISM);
    cr_assert_str_eq(pg_graph_node(g, (size_t)node_by_label(g, "Nepali Supreme Court"))->affiliation, "nepal");
    pg_graph_free(g);
    /* American news names the United States somewhere */
    g = extract_text("The U.S. Treasury said Nepal and Nepal's partners agreed. The Supreme Court criticised "
                     "Estonia.");
    assert_edge(g, "U.S. Supreme Court", "Estonia", PG_REL_CRITICISM);
    pg_graph_free(g);
    /* a state right before the name decides, whatever else is named */
    g = extract_text("The U.S. Treasury said the Philippine Senate criticised Estonia.");
    assert_edge(g, "Philippine Senate", "Estonia", PG_REL_CRITICISM);
    cr_assert_eq(node_by_label(g, "U.S. Senate"), -1);
    pg_graph_free(g);
}

Test(resolve, a_shared_body_name_stays_international_where_its_parent_is_named)
{
    /* the United Nations named: "the Security Council" is its */
    pg_graph *g = extract_text("Russia and Russian diplomats spoke at the United Nations. The Security Council "
                               "condemned Estonia, Secretary Pavel Voronin said.");
    cr_assert(has_node(g, "UN Security Council", PG_ACTOR_ORGANIZATION));
    cr_assert_eq(node_by_label(g, "Security Council of Russia"), -1);
    pg_graph_free(g);
    /* no state leads: which state's central bank is unknown */
    g = extract_text("Russia and Japan talked. Russia and Japan agreed. The Central Bank said Estonia was wrong.");
    cr_assert(has_node(g, "Central Bank", PG_ACTOR_ORGANIZATION));
    cr_assert_eq(node_by_label(g, "Bank of Russia"), -1);
    pg_graph_free(g);
    /* a state right before the name: that state's, or no known body */
    g = extract_text("Russia and Russians said so. The Italian Foreign Ministry said Estonia was wrong.");
    cr_assert_eq(node_by_label(g, "Russian Foreign Ministry"), -1);
    pg_graph_free(g);
}

/* The state an article is about: the narrator's words count twice a
 * quotation's, and for an international body's alias the states'
 * institutions named as such count as their states. */
Test(resolve, the_state_an_article_is_about_weighs_the_narrator_and_institutions)
{
    pg_graph *g = extract_text("Taking part in the meeting were Prime Minister Mikhail Mishustin, Secretary of the "
                               "Security Council Nikolai Patrushev, Director of the Federal Security Service Alexander "
                               "Bortnikov and Director of the Foreign Intelligence Service Sergei Naryshkin.\n\n"
                               "President of Russia Vladimir Putin: Today we will discuss Ukraine. Ukrainian "
                               "nationalists in Kiev attacked Russian soldiers, and the Ukrainian army shelled Donetsk.");
    assert_edge(g, "Nikolai Patrushev", "Security Council of Russia", PG_REL_AFFILIATION);
    refute_edge(g, "Nikolai Patrushev", "UN Security Council", PG_REL_AFFILIATION);
    pg_graph_free(g);
    g = extract_text("Ukraine thanked Canada for its help to Ukraine. Zelensky said: \"The United States and the "
                     "Americans help us.\" Zelensky praised the Armed Forces.");
    assert_edge(g, "Zelensky", "Armed Forces of Ukraine", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(resolve, a_shared_body_the_lexicon_does_not_know_is_its_states_own)
{
    /* one body per state, not one "Finance Ministry" for every state of a
     * corpus: named with the state's demonym, affiliated with the state */
    pg_graph *g = extract_text("Japan's Finance Ministry said Estonia was wrong. The Brazilian Finance Ministry said "
                               "Chile agreed.");
    assert_edge(g, "Japanese Finance Ministry", "Estonia", PG_REL_STATEMENT);
    assert_edge(g, "Brazilian Finance Ministry", "Chile", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Finance Ministry"), -1);
    ptrdiff_t n = node_by_label(g, "Japanese Finance Ministry");
    cr_assert(n >= 0);
    cr_assert_str_eq(pg_graph_node(g, (size_t)n)->affiliation, "japan");
    pg_graph_free(g);
    /* the state the article is about; a people noun in -er gives the
     * state's name instead */
    g = extract_text("New Zealand will cut rates. New Zealand and Peru agreed. The Reserve Bank said Estonia "
                     "was wrong.");
    assert_edge(g, "New Zealand Reserve Bank", "Estonia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* the only state the article names, even once */
    g = extract_text("India's inflation fell, the Finance Ministry said. The Finance Ministry said Sberbank was "
                     "wrong.");
    assert_edge(g, "Indian Finance Ministry", "Sberbank", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("India's inflation fell and Peru's rose, the Finance Ministry said. The Finance Ministry said "
                     "Sberbank was wrong.");
    refute_edge(g, "Indian Finance Ministry", "Sberbank", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* its seat right before it, whatever state the article is about */
    g = extract_text("American firms said the Tokyo Stock Exchange should open. Ivan Petrov said the Tokyo Stock "
                     "Exchange was wrong. American officials agreed.");
    assert_edge(g, "Ivan Petrov", "Japanese Stock Exchange", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "American Stock Exchange"), -1);
    pg_graph_free(g);
}

Test(recognise, a_demonym_right_after_a_title_before_a_name_is_a_given_name)
{
    /* "German" is a given name too: right after a title and before a
     * word that can only be a name, it opens the name */
    pg_graph *g = extract_text("Sberbank CEO German Gref said Chile agreed. General Designer Pavel Sozinov said "
                               "Peru agreed. German Chancellor Olaf Scholz said Bolivia agreed.");
    assert_edge(g, "German Gref", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "German Gref", "Sberbank", PG_REL_AFFILIATION);
    refute_edge(g, "German Gref", "Germany", PG_REL_AFFILIATION);
    assert_edge(g, "Pavel Sozinov", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Olaf Scholz", "Germany", PG_REL_AFFILIATION);
    cr_assert_eq(node_by_label(g, "Gref"), -1);
    pg_graph_free(g);
}

Test(recognise, news_agencies_and_companies_wire_copy_names_alone_are_known)
{
    /* "Tanjug said": the Yugoslav agency, not a person */
    pg_graph *g = extract_text("Tanjug said Peru agreed. Petrobras said Chile agreed.");
    cr_assert(has_node(g, "Tanjug", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Petrobras", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Tanjug", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, lexicon_bodies_and_a_pdf_spelling_of_turkiye)
{
    /* "Tiirkiye": the UN debates' PDF text for Türkiye */
    pg_graph *g = extract_text("Tiirkiye said Chile agreed. Fitch said Peru agreed. Bank Negara said Bolivia agreed. "
                               "Ukraine and other EaP countries agreed, Anna Berg said.");
    assert_edge(g, "Turkey", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Fitch Ratings", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Bank Negara Malaysia", "Bolivia", PG_REL_STATEMENT);
    assert_edge(g, "Anna Berg", "Eastern Partnership", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, lanka_is_sri_lanka_and_opens_an_airlines_name)
{
    pg_graph *g = extract_text("Air Lanka said Chile agreed. Lanka's minister Anil Perera said Peru agreed.");
    cr_assert(has_node(g, "Air Lanka", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Air Lanka", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Anil Perera", "Sri Lanka", PG_REL_AFFILIATION);
    cr_assert_eq(node_by_label(g, "Lanka"), -1);
    pg_graph_free(g);
}

Test(recognise, common_words_a_title_leaves_before_a_given_name_are_not_the_name)
{
    pg_graph *g = extract_text("Chief Executive Officer Anthony Reilly said Chile agreed. Mr Reilly said Peru "
                               "agreed. President Rose Marie Smith said Bolivia agreed.");
    assert_edge(g, "Anthony Reilly", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Anthony Reilly", "Peru", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Officer Anthony Reilly"), -1);
    assert_edge(g, "Rose Marie Smith", "Bolivia", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_short_name_is_its_state_unless_only_the_other_is_named)
{
    /* "Korea" is South Korea's short name: in a trade story */
    pg_graph *g = extract_text("Korea said it would cut tariffs on Chile's goods.");
    assert_edge(g, "South Korea", "Chile", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Korea"), -1);
    pg_graph_free(g);
    /* where the article names South Korea in full as well as the North */
    g = extract_text("The Republic of Korea condemned North Korea. Korea said Chile agreed.");
    assert_edge(g, "South Korea", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* where it names only the North, "Korea" is no one */
    g = extract_text("North Korea fired a missile. A unified Korea said Chile agreed.");
    refute_edge(g, "South Korea", "Chile", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "South Korea"), -1);
    cr_assert_eq(node_by_label(g, "Korea"), -1);
    pg_graph_free(g);
}

/* A readout titled "Meeting with X": its host (pg_extract_opts.host) or,
 * without one, the person its text names most. */
static pg_graph *extract_readout(const char *title, const char *text, const char *host)
{
    pg_article a = {0};
    a.id = (char *)"r";
    a.title = (char *)title;
    a.date = (char *)"2026-02-03";
    a.source = (char *)"";
    a.url = (char *)"";
    a.text = (char *)text;
    a.len = strlen(text);
    pg_extract_opts o;
    pg_extract_opts_init(&o);
    o.host = host;
    pg_extractor *x = pg_extractor_new(test_lexicon(), &o);
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, &a, g);
    pg_extractor_free(x);
    pg_graph_sort(g);
    return g;
}

Test(relate, a_message_quoted_without_a_speaker_is_the_hosts)
{
    const char *title = "Greetings to the Norland Theatre Union";
    const char *text = "The message reads, in part:\"I am glad that the theatres of Norland and Chile work "
                       "together.\"";
    /* without a host, no one's */
    pg_graph *g = extract_readout(title, text, NULL);
    cr_assert_eq(pg_graph_edge_count(g), 0);
    pg_graph_free(g);
    /* with one, the host's words */
    g = extract_readout(title, text, "Ivan Dronov");
    assert_edge(g, "Ivan Dronov", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a message a named sender's words are read from is theirs alone */
    g = extract_readout(title, "Minister Oleg Sorin's message reads:\"Chile agreed.\"", "Ivan Dronov");
    refute_edge(g, "Ivan Dronov", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, the_host_takes_part_in_subjectless_headlines)
{
    const char *title = "Telephone conversation with President of Chile Marta Fuentes";
    const char *text = "The presidents discussed trade. Minister Oleg Sorin said Chile and Peru agreed. Sorin spoke "
                       "again.";
    /* without a host, the person the text names most */
    pg_graph *g = extract_readout(title, text, NULL);
    assert_edge(g, "Oleg Sorin", "Marta Fuentes", PG_REL_CALL);
    pg_graph_free(g);
    /* a host the text never names: a node of its own */
    g = extract_readout(title, text, "Ivan Dronov");
    assert_edge(g, "Ivan Dronov", "Marta Fuentes", PG_REL_CALL);
    refute_edge(g, "Oleg Sorin", "Marta Fuentes", PG_REL_CALL);
    pg_graph_free(g);
    /* named by surname: the same person, with the full name */
    g = extract_readout("Meeting with Governor Pavel Orlov", "President Dronov said Orlov would report.", "Ivan Dronov");
    assert_edge(g, "Ivan Dronov", "Pavel Orlov", PG_REL_MEETING);
    cr_assert_eq(node_by_label(g, "Dronov"), -1);
    cr_assert(node_has_alias(g, "Ivan Dronov", "Dronov"));
    pg_graph_free(g);
}

Test(relate, a_headlines_address_is_the_whole_text)
{
    /* "Address by X": the text is X's, if it says "I" */
    pg_graph *g = extract_readout("Address by President Piet Oost to the parliament of Chile",
                                  "Dear friends! I am grateful to Poland. Russia must withdraw.", NULL);
    assert_edge(g, "Piet Oost", "Poland", PG_REL_SUPPORT);
    assert_edge(g, "Piet Oost", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* an office nobody in the article holds: no one's, unless a host gave
     * the address */
    const char *title = "Sanctions must stay - address by the President of Chile";
    const char *text = "Dear friends! I thank Poland. Russia must withdraw.";
    g = extract_readout(title, text, NULL);
    refute_edge(g, "Piet Oost", "Poland", PG_REL_SUPPORT);
    cr_assert_eq(node_by_label(g, "President of Chile"), -1);
    pg_graph_free(g);
    g = extract_readout(title, text, "Piet Oost");
    assert_edge(g, "Piet Oost", "Poland", PG_REL_SUPPORT);
    assert_edge(g, "Piet Oost", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* an article by a person, in a Title Case headline */
    g = extract_readout("Article by Piet Oost \"Chile and Peru: A Strategic Partnership\" for the News Agency",
                        "I am pleased to write for you. Poland is our friend.", NULL);
    assert_edge(g, "Piet Oost", "Poland", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a state's ISO code after "statement by", anywhere in the headline */
    g = extract_readout("General Debate statement by CHL, session 70 (2015)",
                        "On behalf of my country I thank Poland. Russia must withdraw.", NULL);
    assert_edge(g, "Chile", "Poland", PG_REL_SUPPORT);
    assert_edge(g, "Chile", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a headline that ends at "by the" */
    g = extract_readout("Address by the", "I thank Poland.", NULL);
    refute_edge(g, "Piet Oost", "Poland", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* a report on an address, with no "I", is the narrator's */
    g = extract_readout("Address by President Piet Oost to the parliament of Chile",
                        "The President spoke for an hour. Russia must withdraw, the text read.", NULL);
    refute_edge(g, "Piet Oost", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_states_president_is_not_its_prime_minister)
{
    pg_graph *g = extract_text("Prime Minister of Chile Piet Oost met Anna Berg. The President of Chile said Peru "
                               "agreed.");
    refute_edge(g, "Piet Oost", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* an office-free title still finds the state's head */
    g = extract_text("Prime Minister of Chile Piet Oost met Anna Berg. The Chilean leader said Peru agreed.");
    assert_edge(g, "Piet Oost", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, a_subjectless_visit_in_a_quotation_needs_the_speakers_I)
{
    /* an imperative sends the listener, not the speaker; "I" makes the
     * participle's visit the speaker's */
    pg_graph *g = extract_text("\"Do not be afraid and come to Portugal. Having visited Brazil twice, I know its "
                               "people,\" President Pedro Silva said.");
    refute_edge(g, "Pedro Silva", "Portugal", PG_REL_VISIT);
    assert_edge(g, "Pedro Silva", "Brazil", PG_REL_VISIT);
    assert_edge(g, "Pedro Silva", "Portugal", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_given_name_tells_the_pronoun_gender)
{
    /* no title says who is a woman: the given names do */
    pg_graph *g = extract_text("President of Ukraine Volodymyr Kovalenko met with President of Slovakia Zuzana "
                               "Horvathova in Kyiv. The Head of State noted the importance of her visit to Ukraine.");
    assert_edge(g, "Zuzana Horvathova", "Ukraine", PG_REL_VISIT);
    refute_edge(g, "Volodymyr Kovalenko", "Ukraine", PG_REL_VISIT);
    pg_graph_free(g);
}

Test(resolve, a_possessive_after_that_is_the_clause_subjects)
{
    /* "that" opens a clause whose subject owns the possessive; a role
     * without a name owns it too, so the speaker does not */
    pg_graph *g = extract_text("President of Ukraine Volodymyr Kovalenko met Secretary-General Anton Reiss. "
                               "Volodymyr Kovalenko noted that Anton Reiss discussed the grain deal during his "
                               "visit to Russia. Kovalenko added that the Prime Minister of Luxembourg began his "
                               "visit to Ukraine in Bucha.");
    assert_edge(g, "Anton Reiss", "Russia", PG_REL_VISIT);
    refute_edge(g, "Volodymyr Kovalenko", "Russia", PG_REL_VISIT);
    refute_edge(g, "Volodymyr Kovalenko", "Ukraine", PG_REL_VISIT);
    pg_graph_free(g);
}

Test(resolve, a_possessive_opening_the_sentence_is_the_next_persons)
{
    pg_graph *g = extract_text("President Pedro Silva met Chancellor Olaf Brandt in Lisbon. During his visit to "
                               "Portugal, Brandt said that Russia must stop the war.");
    assert_edge(g, "Olaf Brandt", "Portugal", PG_REL_VISIT);
    refute_edge(g, "Pedro Silva", "Portugal", PG_REL_VISIT);
    pg_graph_free(g);
}

Test(resolve, pronoun_after_a_clause_break_is_that_clause_subject)
{
    pg_graph *g = extract_text("Prime Minister Claude Tremblay spoke on Monday. Senator Maria Delgado spoke too. "
                               "Tremblay criticised the plan, and Delgado said she would meet him in June. "
                               "Tremblay, appearing with Delgado, and Senator Paul Okafor in the room, said he "
                               "would visit Norway.");
    assert_edge(g, "Maria Delgado", "Claude Tremblay", PG_REL_MEETING);
    /* a list's ", and" is not a clause break */
    assert_edge(g, "Claude Tremblay", "Norway", PG_REL_VISIT);
    refute_edge(g, "Paul Okafor", "Norway", PG_REL_VISIT);
    pg_graph_free(g);
}

Test(recognise, wire_copy_groups_places_and_companies_are_not_people)
{
    pg_graph *g = extract_text("U.S. Officials said Japan must act. Analysts said the yen would rise. "
                               "Senator Ana Ruiz of New Mexico said the Turks and Caicos were spared. "
                               "General Motors Corp said it would build a plant in Mexico. "
                               "King Olav Berg of Norway met Ruiz.");
    cr_assert(node_by_label(g, "Officials") < 0 && node_by_label(g, "Analysts") < 0);
    assert_edge(g, "United States", "Japan", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Turkey") < 0, "Turks and Caicos is not Turkey");
    refute_edge(g, "Ana Ruiz", "Mexico", PG_REL_AFFILIATION);
    cr_assert(has_node(g, "General Motors Corp", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "Motors Corp") < 0);
    assert_edge(g, "Olav Berg", "Norway", PG_REL_AFFILIATION);
    assert_edge(g, "Olav Berg", "Ana Ruiz", PG_REL_MEETING);
    pg_graph_free(g);
}

Test(resolve, a_common_word_opening_a_sentence_before_a_noun_shortens_no_body)
{
    /* "Global terrorism" is not the Global Coalition; "Dome recently
     * said" is Dome Petroleum Ltd, "Dome slashed" too */
    pg_graph *g = extract_text("The Global Coalition met in Oslo on Monday, Anna Berg said. Global terrorism is a "
                               "threat, Ivan Petrov said. Dome Petroleum Ltd said it would sell. Dome recently said "
                               "Chile would buy. Dome slashed prices in Peru, Ines Duarte said.");
    assert_edge(g, "Anna Berg", "Global Coalition", PG_REL_STATEMENT);
    refute_edge(g, "Ivan Petrov", "Global Coalition", PG_REL_STATEMENT);
    assert_edge(g, "Dome Petroleum Ltd", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Ines Duarte", "Dome Petroleum Ltd", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_company_or_fund_named_after_its_state_is_no_state)
{
    /* a `state_firm` word after the state's name or seat; a public body
     * after it, a title or a body many states have keep the state apart */
    pg_graph *g = extract_text("Japan Airlines said Peru agreed. The Qatar Investment Authority said Chile agreed. "
                               "Abu Dhabi Investment Authority said Cuba agreed. The U.S. Securities and Exchange "
                               "Commission said Bolivia agreed. U.S. Energy Secretary John Herrington said Chad "
                               "agreed.");
    assert_edge(g, "Japan Airlines", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Japan", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Qatar Investment Authority", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Abu Dhabi Investment Authority", "Cuba", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "U.S. Securities and Exchange Commission"), -1);
    assert_edge(g, "Securities and Exchange Commission", "Bolivia", PG_REL_STATEMENT);
    assert_edge(g, "John Herrington", "United States", PG_REL_AFFILIATION);
    pg_graph_free(g);
    /* after a title's "of" too */
    g = extract_text("President of China Media Group Shen Haixiong said Peru agreed.");
    assert_edge(g, "Shen Haixiong", "China Media Group", PG_REL_AFFILIATION);
    refute_edge(g, "Shen Haixiong", "China", PG_REL_AFFILIATION);
    cr_assert_eq(node_by_label(g, "Media"), -1);
    pg_graph_free(g);
    /* a known company and a state's name: its unit there */
    g = extract_text("Merrill Lynch Canada said Chile agreed. Merrill Lynch said Canada agreed.");
    assert_edge(g, "Merrill Lynch Canada", "Chile", PG_REL_STATEMENT);
    refute_edge(g, "Canada", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Merrill Lynch", "Canada", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a known company's full name ("Industrie" ends a body's name), also
     * after a word that is no name */
    g = extract_text("Airbus Industrie said it would talk to Boeing. "
                     "John Smith said the European Airbus Industrie consortium helped Germany.");
    assert_edge(g, "Airbus", "Boeing", PG_REL_STATEMENT);
    assert_edge(g, "John Smith", "Airbus", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Industrie") < 0 && node_by_label(g, "European Airbus Industrie") < 0);
    pg_graph_free(g);
    /* a demonym with "'s" after a company named by it is the company */
    g = extract_text("Chrysler Corp said it would buy American Motors Corp. Moody's said it would review "
                     "American's preferred stock. Moody's said American officials met Chile.");
    assert_edge(g, "Moody's Investors Service", "American Motors Corp.", PG_REL_STATEMENT);
    assert_edge(g, "Moody's Investors Service", "United States", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("The Iraqi Armed Forces are fighting in several towns. The mechanism will comprise judges "
                     "and Iraqi's criminal experts, Chile said.");
    assert_edge(g, "Chile", "Iraq", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_region_after_and_leaves_the_state_before_it)
{
    /* "Moldova and Nagorno-Karabakh", "Ukraine and Europe": the state is
     * named, the region is not an actor; nor is the Turkish Republic of
     * Northern Cyprus Cyprus */
    pg_graph *g = extract_text("The conflicts in Moldova and Nagorno-Karabakh remain, Anna Berg said. The energy "
                               "security of Ukraine and Europe is at stake, Ivan Petrov said. Ines Duarte said the "
                               "Turkish Republic of Northern Cyprus should be recognised.");
    assert_edge(g, "Anna Berg", "Moldova", PG_REL_STATEMENT);
    assert_edge(g, "Ivan Petrov", "Ukraine", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Cyprus"), -1);
    pg_graph_free(g);
}

Test(recognise, name_after_a_description_and_a_courtesy_title)
{
    pg_graph *g = extract_text("Premier Ada Grant offered her unwavering support to the Prime Minister of "
                               "Malta, Mr. Karl Vella. The President, General Omar Bello, said Poland would help.");
    assert_edge(g, "Karl Vella", "Malta", PG_REL_AFFILIATION);
    assert_edge(g, "Ada Grant", "Karl Vella", PG_REL_SUPPORT);
    refute_edge(g, "Ada Grant", "Malta", PG_REL_AFFILIATION);
    assert_edge(g, "Omar Bello", "Poland", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "General Omar Bello") < 0, "the rank is a title, not part of the name");
    pg_graph_free(g);
    /* a verb of its own after the apposition: the speaker is inverted */
    g = extract_text("Southern Railway Co, a unit of Norfolk Southern Corp, is raising 20 mln dlrs through an "
                     "offering, said lead manager Morgan Stanley and Co Inc.\n\nRichard Bolin, director of the "
                     "Flagstaff Institute, which has studied trade, said Chile would act.");
    assert_edge(g, "Morgan Stanley and Co Inc.", "Southern Railway Co", PG_REL_STATEMENT);
    refute_edge(g, "Southern Railway Co", "Morgan Stanley and Co Inc.", PG_REL_STATEMENT);
    assert_edge(g, "Richard Bolin", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, all_caps_headline_name_is_the_person)
{
    pg_graph *g = extract_text("LEE SAYS GHANA DEAL IS CLOSE, TELLS US IT WILL SIGN\n\n"
                               "Trade Minister Ngozi Lee said on Monday a deal with Ghana was close.");
    cr_assert(node_by_label(g, "LEE") < 0, "the headline's LEE is Ngozi Lee");
    cr_assert(node_by_label(g, "Ngozi Lee") >= 0);
    cr_assert(node_by_label(g, "Islamic State") < 0, "IS in a capitals headline is a verb");
    cr_assert(node_by_label(g, "United States") < 0, "US in a capitals headline is a pronoun");
    assert_edge(g, "Ngozi Lee", "Ghana", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* "the people of X", "the Government and the people of X" after a verb
 * are X; "the embargo that has condemned ..." is a thing acting, not the
 * speaker; "two countries that have supported Ukraine" are the actors
 * named. */
Test(relate, the_people_of_a_state_and_things_that_act)
{
    pg_graph *g = extract_text("Chile said: \"We thank the Government and the people of Peru for their help. We "
                               "support the people of Bolivia. Tanzania hopes for an end to the embargo that has "
                               "condemned the people of Cuba.\"");
    assert_edge(g, "Chile", "Peru", PG_REL_SUPPORT);
    assert_edge(g, "Chile", "Bolivia", PG_REL_SUPPORT);
    refute_edge(g, "Tanzania", "Cuba", PG_REL_CRITICISM);
    refute_edge(g, "Chile", "Cuba", PG_REL_CRITICISM);
    pg_graph_free(g);
    g = extract_text("Zelensky said: \"Today I spoke to the people of Israel. I spoke to Naftali Bennett.\"");
    refute_edge(g, "Zelensky", "Israel", PG_REL_CALL);
    assert_edge(g, "Zelensky", "Naftali Bennett", PG_REL_CALL);
    pg_graph_free(g);
    g = extract_text("Zelensky said: \"I am grateful to the leaders of Japan and Italy. Happy Day of the Armed "
                     "Forces of Ukraine! Granting Ukraine the status would be a step of support from the leaders of "
                     "the European Union.\"");
    assert_edge(g, "Zelensky", "Japan", PG_REL_SUPPORT);
    assert_edge(g, "Zelensky", "Italy", PG_REL_SUPPORT);
    assert_edge(g, "Zelensky", "Armed Forces of Ukraine", PG_REL_STATEMENT);
    refute_edge(g, "Ukraine", "European Union", PG_REL_SUPPORT);
    pg_graph_free(g);
    g = extract_text("The Prime Ministers of Spain and Denmark, two countries that have consistently supported "
                     "Ukraine, arrived in Kyiv.");
    assert_edge(g, "Denmark", "Ukraine", PG_REL_SUPPORT);
    pg_graph_free(g);
}

/* "This was stated by X", "X emphasized this during ...": X said the
 * sentence before; a headline "X: ..." quotes X in the headline only. */
Test(relate, this_was_stated_by_and_headline_quotes)
{
    pg_graph *g = extract_text("Thanks to its defenders, Ukraine holds a strong position in talks with Russia. This was "
                               "stated by President of Ukraine Volodymyr Zelenskyy in an interview.\n\nUkraine wants a "
                               "treaty with Turkey. Mykhailo Podolyak emphasized this during a briefing.");
    assert_edge(g, "Volodymyr Zelenskyy", "Russia", PG_REL_STATEMENT);
    assert_edge(g, "Mykhailo Podolyak", "Turkey", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a role joins no one who acts only in someone's quoted words */
    g = extract_text("Volodymyr Zelenskyy met the press.\n\n\"Emmanuel Macron told me he is interested. Emmanuel "
                     "Macron leads Europe,\" Volodymyr Zelenskyy said.\n\nVolodymyr Zelenskyy noted that the "
                     "President of Russia is interested in talks with the President of the United States.");
    refute_edge(g, "Emmanuel Macron", "Russia", PG_REL_AFFILIATION);
    pg_graph_free(g);
    g = extract_text("Ihor Zhovkva: Portugal is our sincere partner\n\nIhor Zhovkva met Prime Minister of Portugal "
                     "Antonio Costa in Lisbon. The event was attended by representatives of Estonia.");
    assert_edge(g, "Ihor Zhovkva", "Portugal", PG_REL_STATEMENT);
    refute_edge(g, "Ihor Zhovkva", "Estonia", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, who_is_told_is_no_inverted_speaker)
{
    pg_graph *g = extract_text("\"This price makes American corn competitive,\" Albert Melnikov, commercial counselor "
                               "for the Soviet Union, told Reuters.");
    assert_edge(g, "Albert Melnikov", "United States", PG_REL_STATEMENT);
    refute_edge(g, "Reuters", "United States", PG_REL_STATEMENT);
    refute_edge(g, "Reuters", "Albert Melnikov", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, a_nouns_source_is_not_past_another_event)
{
    pg_graph *g = extract_text("John Smith made the plea at a meeting with Mary Jones soon after returning from a "
                               "visit from Chile.");
    refute_edge(g, "Chile", "Mary Jones", PG_REL_MEETING);
    pg_graph_free(g);
}

Test(relate, received_meets_only_an_actor_right_after_it)
{
    pg_graph *g = extract_text("John Smith and Mary Jones also received strong criticism. Chile said it received "
                               "support from Peru. Putin received the Prime Minister of Pakistan Imran Khan.");
    refute_edge(g, "John Smith", "Mary Jones", PG_REL_MEETING);
    refute_edge(g, "Mary Jones", "John Smith", PG_REL_MEETING);
    refute_edge(g, "Chile", "Peru", PG_REL_MEETING);
    refute_edge(g, "Peru", "Chile", PG_REL_MEETING);
    cr_assert(has_edge(g, "Putin", "Imran Khan", PG_REL_MEETING) || has_edge(g, "Imran Khan", "Putin", PG_REL_MEETING));
    pg_graph_free(g);
}

Test(relate, visits_and_meetings_named_by_a_noun_after_a_light_verb)
{
    pg_graph *g = extract_text("Prime Minister Lena Holm spoke on Monday. President Ivo Rask spoke too. "
                               "Holm, a former diplomat, starts a week-long visit to Chile on Sunday. "
                               "Rask began a meeting with Holm. Holm cancelled a visit to Peru. "
                               "Holm will meet President Ivo Rask, Foreign Minister Ana Vidal and as many "
                               "lawmakers as possible.");
    assert_edge(g, "Lena Holm", "Chile", PG_REL_VISIT);
    assert_edge(g, "Ivo Rask", "Lena Holm", PG_REL_MEETING);
    refute_edge(g, "Lena Holm", "Peru", PG_REL_VISIT);
    assert_edge(g, "Lena Holm", "Ana Vidal", PG_REL_MEETING);
    pg_graph_free(g);
}

Test(resolve, title_before_a_family_name_that_comes_first)
{
    pg_graph *g = extract_text("Chairman Kim Jong Un met President Moon Jae-in in Seoul. "
                               "Chairman Kim said Japan must apologise. I thank Prime Minister Sato of Japan and "
                               "President Moon of South Korea.");
    cr_assert(node_by_label(g, "Kim") < 0, "Chairman Kim is Kim Jong Un");
    assert_edge(g, "Kim Jong Un", "Japan", PG_REL_STATEMENT);
    assert_edge(g, "Sato", "Japan", PG_REL_AFFILIATION);
    cr_assert(node_by_label(g, "Rest") < 0 && node_by_label(g, "Member") < 0);
    pg_graph_free(g);
}

Test(recognise, a_capital_after_a_preposition_is_a_place)
{
    pg_graph *g = extract_text("From Warsaw to Lisbon, the tour was long. Talks in Ottawa ended. "
                               "Senator Ruth Abbot arrived in Ottawa on Monday.");
    cr_assert(node_by_label(g, "Poland") < 0, "from Warsaw: a place");
    assert_edge(g, "Ruth Abbot", "Canada", PG_REL_VISIT); /* a relation makes it the state */
    pg_graph_free(g);
}

Test(relate, inverted_speech_in_wire_copy)
{
    pg_graph *g = extract_text("Poland will help Lithuania, said Omar Bello, an analyst at the Central Bank. "
                               "\"Estonia is ready,\" said Nordbank economist Lea Tamm. "
                               "Senator Ruth Abbot, Democrat of Oregon, said Latvia lied. "
                               "\"Finland waits,\" said P.K. Lind of Baltic Trade Bank.");
    assert_edge(g, "Omar Bello", "Poland", PG_REL_STATEMENT);
    assert_edge(g, "Omar Bello", "Lithuania", PG_REL_STATEMENT);
    refute_edge(g, "Omar Bello", "Central Bank", PG_REL_STATEMENT);
    assert_edge(g, "Omar Bello", "Central Bank", PG_REL_AFFILIATION);
    assert_edge(g, "Lea Tamm", "Estonia", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Nordbank") < 0, "the economist's employer is not a person");
    assert_edge(g, "Ruth Abbot", "Latvia", PG_REL_STATEMENT);
    refute_edge(g, "Latvia", "Ruth Abbot", PG_REL_STATEMENT);
    assert_edge(g, "P.K. Lind", "Finland", PG_REL_STATEMENT); /* two initials as one open the name */
    cr_assert(has_node(g, "Baltic Trade Bank", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
}

/* Wire copy's groups of people or firms outside the state do not make it
 * speak; a relative clause before the verb is passed over; "the Gulf
 * states" is a noun, not "states" said by the actor before it. */
Test(relate, a_stance_of_unnamed_actors_is_not_the_speakers)
{
    /* a participle after a plural noun of unnamed actors, a noun cue after
     * a possessor that is no actor; "my country's" is the speaker's */
    pg_graph *g = extract_text("Speaking for Chad, Anna Berg said: \"We hold countries supporting Israel "
                               "responsible. We stress the international community's continued support to "
                               "Afghanistan. My country's support for Peru is firm.\"");
    refute_edge(g, "Anna Berg", "Israel", PG_REL_SUPPORT);
    refute_edge(g, "Anna Berg", "Afghanistan", PG_REL_SUPPORT);
    assert_edge(g, "Anna Berg", "Afghanistan", PG_REL_STATEMENT);
    assert_edge(g, "Anna Berg", "Peru", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(relate, small_states_and_major_powers_are_no_one)
{
    /* a plural verb form of speech after a one-word name opening the
     * sentence, before a lowercase word, is a noun; "Powers" is no name */
    pg_graph *g = extract_text("Small states such as Ireland depend on the rules, Anna Berg said. The Western Powers "
                               "promised that Iran would comply.");
    refute_edge(g, "Small", "Ireland", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Powers"), -1);
    assert_edge(g, "Anna Berg", "Ireland", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a cue read as a noun is no speech of the clause before ", X said";
     * "Hasn't" is no name */
    g = extract_text("Chile will issue notes to Peru, Anna Berg said. Hasn't received what Bolivia promised, Ivan "
                     "Petrov said.");
    assert_edge(g, "Anna Berg", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Anna Berg", "Peru", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Hasn't"), -1);
    pg_graph_free(g);
}

Test(relate, the_antecedent_of_who_past_auxiliaries_and_adverbs)
{
    /* "Baker who had publicly criticised": an adverb between the
     * auxiliary and the verb, no comma before "who" */
    pg_graph *g = extract_text("Ana Ruiz said the blame lay with Treasury Secretary Tomas Varga who had publicly "
                               "criticised Estonia for raising rates.");
    assert_edge(g, "Tomas Varga", "Estonia", PG_REL_CRITICISM);
    refute_edge(g, "Ana Ruiz", "Estonia", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(relate, private_groups_relative_clauses_and_plural_nouns)
{
    pg_graph *g = extract_text("Portugal bought corn at its tender today, U.S. grain exporters said. "
                               "Lithuania sold barley, Tokyo dealers said. "
                               "U.S. officials said Latvia bought wheat. "
                               "President Ruth Abbot, who strongly supported the Uruguay trade round, has said "
                               "Washington will impose tariffs on Finland. "
                               "Prime Minister Lea Tamm spoke on Monday. "
                               "She said China, the Gulf states and Japan would be areas for growth.");
    refute_edge(g, "United States", "Portugal", PG_REL_STATEMENT);
    refute_edge(g, "Portugal", "United States", PG_REL_STATEMENT);
    refute_edge(g, "Japan", "Lithuania", PG_REL_STATEMENT);
    assert_edge(g, "United States", "Latvia", PG_REL_STATEMENT);
    assert_edge(g, "Ruth Abbot", "Finland", PG_REL_STATEMENT);
    refute_edge(g, "Uruguay", "Finland", PG_REL_STATEMENT);
    assert_edge(g, "Lea Tamm", "Japan", PG_REL_STATEMENT);
    refute_edge(g, "China", "Japan", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* A verb coordinated after ", and" with no cue before it has the main
 * clause's subject, not the last actor of the first verb's objects; a
 * bank in a person's title is part of the person. */
Test(relate, coordinated_verb_after_a_comma)
{
    pg_graph *g = extract_text("\"We have consulted with the leaders of Latvia, Estonia and Lithuania, and proposed "
                               "talks with Russia,\" President Ruth Abbot said.\n\n"
                               "Nordbank Governor Lea Tamm resigned after Finland rejected her plan, and asked Sweden for help.");
    assert_edge(g, "Ruth Abbot", "Russia", PG_REL_STATEMENT);
    refute_edge(g, "Lithuania", "Russia", PG_REL_STATEMENT);
    assert_edge(g, "Lea Tamm", "Sweden", PG_REL_STATEMENT);
    refute_edge(g, "Finland", "Sweden", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* Speakers the text does not name: "officials said" is nobody; "U.S.
 * officials", "a Kremlin spokesman" speak for the state; "a company
 * spokesman" for the company named before; a ticker between name and
 * noun is passed over. */
Test(relate, unnamed_speakers_and_whom_they_speak_for)
{
    pg_graph *g = extract_text("Finland will help Latvia, officials said.\n\n"
                               "Iran attacked a ship near Oman, U.S. defense officials said.\n\n"
                               "Nordbank Corp makes ships. Nordbank's spokesman said Estonia would pay Lithuania.\n\n"
                               "Nordbank Corp sold ships. A Nordbank Corp <NBC.HE> spokesman said Sweden would pay.");
    refute_edge(g, "Latvia", "Finland", PG_REL_STATEMENT);
    assert_edge(g, "United States", "Iran", PG_REL_STATEMENT);
    assert_edge(g, "Nordbank Corp", "Estonia", PG_REL_STATEMENT);
    assert_edge(g, "Nordbank Corp", "Sweden", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* A one-word title opening a company's name is part of it. */
Test(recognise, companies_named_by_a_title_word)
{
    pg_graph *g = extract_text("Commodore International Ltd said it settled its dispute with Atari Corp.\n\n"
                               "Admiral Corp said it sold a unit to Maytag Co.");
    cr_assert(has_node(g, "Commodore International Ltd", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "International Ltd") < 0);
    assert_edge(g, "Commodore International Ltd", "Atari Corp.", PG_REL_STATEMENT);
    assert_edge(g, "Admiral Corp", "Maytag Co.", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, organizations_around_names)
{
    pg_graph *g = extract_text("Japan's rate will rise, economists including Ken Ota of Industrial Bank of Japan said. "
                               "A Labour Ministry official said Japan would act. "
                               "The Senate Budget Committee criticised Japan.");
    cr_assert(node_by_label(g, "Ken Ota of Industrial Bank of Japan") < 0);
    cr_assert(has_node(g, "Industrial Bank of Japan", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Labour Ministry", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "Labour Party") < 0);
    assert_edge(g, "Senate Budget Committee", "Japan", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(relate, what_was_said_before_the_speaker)
{
    pg_graph *g = extract_text("Prime Minister Lena Holm spoke on Monday. "
                               "Chile was ready to help Peru, Prime Minister Lena Holm said on Tuesday. "
                               "Bolivia would join, Holm told a press conference. "
                               "Ecuador filed a suit against a Paraguay unit, analysts said. "
                               "Senator Ana Ruiz said that Chile would vote, Senate aides said.");
    assert_edge(g, "Lena Holm", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Lena Holm", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Lena Holm", "Bolivia", PG_REL_STATEMENT);
    refute_edge(g, "Paraguay", "Ecuador", PG_REL_STATEMENT); /* the speakers are nobody named */
    refute_edge(g, "U.S. Senate", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, deputy_heads_and_according_to)
{
    pg_graph *g = extract_text("Deputy Head of the Office of the President of Ukraine Ihor Vasko met ministers. "
                               "According to Olha Marko, Deputy Head of the President's Office, Moldova will help. "
                               "\"Chile thanks Peru,\" said Ana Ruiz, addressing Olha Marko.");
    cr_assert(node_by_label(g, "Deputy Head of the Office of the President") < 0, "a title, not an organization");
    cr_assert(node_by_label(g, "Ihor Vasko") >= 0);
    assert_edge(g, "Olha Marko", "Moldova", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Olha Marko", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* ---- quotations ---- */

Test(quotes, speaker_after_the_quotation)
{
    pg_graph *g = extract_text("\"Austria and Hungary must talk. We are ready,\" Foreign Minister Eva Koller said.");
    assert_edge(g, "Eva Koller", "Austria", PG_REL_STATEMENT);
    assert_edge(g, "Eva Koller", "Hungary", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(quotes, inverted_speaker_and_speaker_before)
{
    pg_graph *g = extract_text("\"Greece will not wait,\" said Nikos Pappas, a lawmaker. "
                               "Senator Ruth Abbot wrote: \"Cyprus deserves better.\"");
    assert_edge(g, "Nikos Pappas", "Greece", PG_REL_STATEMENT);
    assert_edge(g, "Ruth Abbot", "Cyprus", PG_REL_STATEMENT);
    refute_edge(g, "Nikos Pappas", "Cyprus", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(quotes, first_person_inside_a_quotation_is_the_speaker)
{
    pg_graph *g = extract_text("\"I just spoke to Prime Minister Olaf Brenner. I will visit Austria next week,\" "
                               "Chancellor Mira Vogt wrote.");
    assert_edge(g, "Mira Vogt", "Olaf Brenner", PG_REL_CALL);
    assert_edge(g, "Mira Vogt", "Austria", PG_REL_VISIT);
    pg_graph_free(g);
}

/* Transcript labels: a title with "and" in it ("Patriarch of Moscow and
 * All Russia") still makes a label, inline after a sentence too; a page's
 * echo of the name, surname first and glued to the repeated title, is
 * passed over. */
Test(quotes, transcript_labels_with_and_and_name_echoes)
{
    pg_graph *g = extract_text("Vladimir Putin: I congratulate you, Your Holiness. "
                               "Patriarch Kirill of Moscow and All Russia: I thank you, Mr President, and I pray "
                               "for Serbia.\n\n"
                               "Vladimir Putin: Mr Zorkin, please.\n\n"
                               "Constitutional Court Chairman Valery Zorkin Zorkin ValeryConstitutional Court "
                               "Chairman: Thank you, Mr President. Finland has asked us for advice.");
    assert_edge(g, "Kirill", "Serbia", PG_REL_STATEMENT);
    refute_edge(g, "Vladimir Putin", "Serbia", PG_REL_STATEMENT);
    assert_edge(g, "Valery Zorkin", "Finland", PG_REL_STATEMENT);
    refute_edge(g, "Vladimir Putin", "Finland", PG_REL_STATEMENT);
    for (size_t i = 0; i < pg_graph_node_count(g); i++)
        cr_assert(strstr(pg_graph_node(g, i)->label, "ValeryConstitutional") == NULL, "%s", pg_graph_node(g, i)->label);
    pg_graph_free(g);
}

Test(quotes, signed_post_belongs_to_its_signer)
{
    pg_graph *g = extract_dated("Reactions came quickly.\n"
                                "Turkey and Greece must sit down together. No more delays.\n"
                                "— Clara Mendes (@claramendes) March 4, 2025\n",
                                "");
    assert_edge(g, "Clara Mendes", "Turkey", PG_REL_STATEMENT);
    assert_edge(g, "Clara Mendes", "Greece", PG_REL_STATEMENT);
    ptrdiff_t n = node_by_label(g, "Clara Mendes");
    cr_assert(n >= 0);
    cr_assert_eq(pg_graph_node(g, (size_t)n)->n_handles, 1);
    cr_assert_str_eq(pg_graph_node(g, (size_t)n)->handles[0], "@claramendes");
    const pg_edge *e = edge_by_labels(g, "Clara Mendes", "Turkey", PG_REL_STATEMENT);
    cr_assert_str_eq(e->evidence[0].date, "2025-03-04", "the signature dates the post");
    cr_assert_str_eq(e->evidence[0].quote, "Turkey and Greece must sit down together. No more delays.");
    pg_graph_free(g);
}

Test(quotes, transcript_turns_and_addressee)
{
    pg_graph *g = extract_text("Meeting with Prime Minister of Nepal Sita Rai\n\n"
                               "President of India Arun Mehta: Ms Rai, I am glad to see you. Nepal and India are "
                               "close partners. You and I spoke on the telephone last month.\n"
                               "Prime Minister of Nepal Sita Rai: Mr Mehta, I would like to thank you.");
    assert_edge(g, "Arun Mehta", "Sita Rai", PG_REL_MEETING);
    assert_edge(g, "Arun Mehta", "Sita Rai", PG_REL_STATEMENT);
    assert_edge(g, "Arun Mehta", "Nepal", PG_REL_STATEMENT);
    assert_edge(g, "Arun Mehta", "Sita Rai", PG_REL_CALL);
    assert_edge(g, "Sita Rai", "Arun Mehta", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(quotes, a_turns_quote_is_its_words_in_the_evidence_sentence)
{
    /* not the turn's first words: a turn may be a whole speech */
    pg_graph *g = extract_text("President of India Arun Mehta: Friends, welcome. I am glad to see you. Nepal and "
                               "India are close partners.\nPrime Minister of Nepal Sita Rai: Bhutan agrees.");
    const pg_edge *e = edge_by_labels(g, "Arun Mehta", "Nepal", PG_REL_STATEMENT);
    cr_assert_not_null(e);
    cr_assert_str_eq(e->evidence[0].quote, "Nepal and India are close partners.");
    e = edge_by_labels(g, "Sita Rai", "Bhutan", PG_REL_STATEMENT);
    cr_assert_not_null(e);
    cr_assert_str_eq(e->evidence[0].quote, "Bhutan agrees.", "the label is not the words");
    pg_graph_free(g);
}

Test(quotes, a_label_glued_to_the_heading_before_it_is_a_turn)
{
    /* the heading has no stop: the label is not at the sentence start */
    pg_graph *g = extract_text("Address at the meeting of the council President of India Arun Mehta: Friends, I "
                               "am glad to see you. Nepal and India are close partners.\n"
                               "Thank you Prime Minister of Nepal Sita Rai: Mr Mehta, Bhutan agrees.");
    assert_edge(g, "Arun Mehta", "Nepal", PG_REL_STATEMENT);
    assert_edge(g, "Sita Rai", "Bhutan", PG_REL_STATEMENT);
    refute_edge(g, "Arun Mehta", "Bhutan", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a name governed by the word before it is no label */
    g = extract_text("Nepal sent its regards to President of India Arun Mehta: Bhutan agreed.");
    refute_edge(g, "Arun Mehta", "Bhutan", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* after a section break's stars; a label of several titles whose
     * body's name a known given name and surname end */
    g = extract_text("Attending were the ministers and Rosatom * * * President of India Arun Mehta: Friends, Nepal "
                     "agrees.\nDeputy Prime Minister – Envoy to the Far Eastern District, Chairman of the State "
                     "Commission for Arctic Development Yury Tarasov: Mr Mehta, Bhutan agrees.");
    assert_edge(g, "Arun Mehta", "Nepal", PG_REL_STATEMENT);
    assert_edge(g, "Yury Tarasov", "Bhutan", PG_REL_STATEMENT);
    refute_edge(g, "Arun Mehta", "Bhutan", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* ---- relation types ---- */

Test(relate, call)
{
    pg_graph *g = extract_text("Italian Prime Minister Paolo Ferri held phone calls with both German Chancellor "
                               "Jonas Weber and Spanish Prime Minister Lucia Ortiz.");
    assert_edge(g, "Paolo Ferri", "Jonas Weber", PG_REL_CALL);
    assert_edge(g, "Paolo Ferri", "Lucia Ortiz", PG_REL_CALL);
    refute_edge(g, "Jonas Weber", "Lucia Ortiz", PG_REL_CALL);
    pg_graph_free(g);
    /* "I just spoke to X": a name right after a cue that holds its "to"
     * is the cue's object, named nowhere else */
    g = extract_text("\"I just spoke to Andrzej Duda,\" Volodymyr Zelensky said.");
    assert_edge(g, "Volodymyr Zelensky", "Andrzej Duda", PG_REL_CALL);
    pg_graph_free(g);
    /* a light verb and a noun cue confirm the name before them, the noun
     * cue the name after it: both named nowhere else */
    g = extract_text("Tomas Varga had a meeting with Anna Berg. Piet Oost had a phone conversation with Ivan Petrov.");
    assert_edge(g, "Tomas Varga", "Anna Berg", PG_REL_MEETING);
    assert_edge(g, "Piet Oost", "Ivan Petrov", PG_REL_CALL);
    pg_graph_free(g);
    /* an adverb inside the cue */
    g = extract_text("Volodymyr Zelensky said: \"I spoke today with Polish President Andrzej Duda.\"");
    assert_edge(g, "Volodymyr Zelensky", "Andrzej Duda", PG_REL_CALL);
    pg_graph_free(g);
}

Test(relate, called_it_is_not_a_call)
{
    pg_graph *g = extract_text("Senator Mark Dunn called the plan a betrayal. Dunn called for talks with Canada.");
    cr_assert_eq(pg_graph_edge_count(g) > 0, 1);
    for (size_t i = 0; i < pg_graph_edge_count(g); i++)
        cr_assert_neq(pg_graph_edge(g, i)->type, PG_REL_CALL);
    pg_graph_free(g);
    /* a pronoun named "a ..." is named too; "called him today" is a call */
    g = extract_text("Vladimir Putin: Good afternoon.\n\n"
                     "Margarita Simonyan: I believe it was Obama who started calling countries by various "
                     "nicknames; he called us a gas station country.\n\n"
                     "Vladimir Putin: Yes.\n\nMaria Lopez: Barack Obama called me today.");
    refute_edge(g, "Barack Obama", "Margarita Simonyan", PG_REL_CALL);
    assert_edge(g, "Barack Obama", "Maria Lopez", PG_REL_CALL);
    pg_graph_free(g);
}

Test(relate, called_before_a_name_is_not_a_call)
{
    /* "so- called", "aptly called"; a body named by its shape after
     * "called"; a state that more words follow; "calls" as a noun */
    pg_graph *g = extract_text("Norland fought the so- called Islamic State. Ghana joined an organization aptly "
                               "called the United Nations. Kopa Corp formed a venture with Indo Synthetics "
                               "called Ridgeway Trading Co Ltd. Minister Tom Reyes called U.S. and EU export "
                               "subsidies nonsensical. Customers of Kopa Corp will place calls to Canada.");
    for (size_t i = 0; i < pg_graph_edge_count(g); i++)
        cr_assert_neq(pg_graph_edge(g, i)->type, PG_REL_CALL, "edge %zu is a call", i);
    pg_graph_free(g);
    /* a state alone after "called", or before a preposition, was called */
    g = extract_text("Minister Tom Reyes called Canada on Monday. President Ana Ruiz called Mexico.");
    assert_edge(g, "Tom Reyes", "Canada", PG_REL_CALL);
    assert_edge(g, "Ana Ruiz", "Mexico", PG_REL_CALL);
    pg_graph_free(g);
}

Test(relate, a_news_outlet_told_is_the_platform_not_a_target)
{
    /* "told Reuters": no statement about Reuters, and the clause before the
     * speaker is still what was said */
    pg_graph *g = extract_text("The talks with Canada would go on, Minister Tom Reyes told Reuters. Minister Ana "
                               "Ruiz told the BBC that Mexico agreed.");
    assert_edge(g, "Tom Reyes", "Canada", PG_REL_STATEMENT);
    refute_edge(g, "Tom Reyes", "Reuters", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Mexico", PG_REL_STATEMENT);
    refute_edge(g, "Ana Ruiz", "BBC", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* said about an outlet, or told a state, it is a target */
    g = extract_text("Chairman Tom Reyes said Reuters would grow. Minister Ana Ruiz told Mexico that Peru agreed.");
    assert_edge(g, "Tom Reyes", "Reuters", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Mexico", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, a_bare_thank_you_is_a_courtesy_not_support)
{
    pg_graph *g = extract_text("President Tomas Vendrell met Minister Olaf Brandt.\n\n"
                               "Olaf Brandt: The ferry is ready. Thank you very much, Mr President.\n\n"
                               "Tomas Vendrell: Thank you for the report, Mr Brandt.");
    refute_edge(g, "Olaf Brandt", "Tomas Vendrell", PG_REL_SUPPORT);
    assert_edge(g, "Tomas Vendrell", "Olaf Brandt", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* with someone named as thanked it is support */
    g = extract_text("President Tomas Vendrell met Minister Olaf Brandt.\n\n"
                     "Olaf Brandt: I thank Mr Vendrell.");
    assert_edge(g, "Olaf Brandt", "Tomas Vendrell", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* "I thank you." closing a speech is the courtesy again */
    g = extract_text("President Tomas Vendrell met Minister Olaf Brandt.\n\n"
                     "Tomas Vendrell: Good afternoon, Mr Brandt. How is the ferry?\n\n"
                     "Olaf Brandt: The ferry is ready. I thank you.");
    refute_edge(g, "Olaf Brandt", "Tomas Vendrell", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(relate, criticism_including_passive_form)
{
    pg_graph *g = extract_text("Governor Amy Holt's remarks drew sharp criticism from Senator Luis Vega. "
                               "Vega also condemned Holt's message.");
    assert_edge(g, "Luis Vega", "Amy Holt", PG_REL_CRITICISM);
    refute_edge(g, "Amy Holt", "Luis Vega", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(relate, support)
{
    pg_graph *g = extract_text("Foreign Minister Ana Silva reaffirmed Moldova's territorial integrity and thanked "
                               "Romania for its help.");
    assert_edge(g, "Ana Silva", "Moldova", PG_REL_SUPPORT);
    assert_edge(g, "Ana Silva", "Romania", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(relate, meeting_and_visit_planned_or_past)
{
    pg_graph *g = extract_text("Envoy Tom Reyes is scheduled to visit Georgia on May 2. President Lena Kovac "
                               "plans to meet with Reyes. Reyes has made four visits to Armenia.");
    assert_edge(g, "Tom Reyes", "Georgia", PG_REL_VISIT);
    assert_edge(g, "Tom Reyes", "Armenia", PG_REL_VISIT);
    assert_edge(g, "Lena Kovac", "Tom Reyes", PG_REL_MEETING);
    const pg_edge *v = edge_by_labels(g, "Tom Reyes", "Georgia", PG_REL_VISIT);
    cr_assert_str_eq(v->evidence[0].date, "", "no year known: no date");
    pg_graph_free(g);
}

Test(relate, negated_events_do_not_count)
{
    pg_graph *g = extract_text("President Omar Haddad did not call King Faisal Amin. Haddad never visited Qatar.");
    refute_edge(g, "Omar Haddad", "Faisal Amin", PG_REL_CALL);
    refute_edge(g, "Omar Haddad", "Qatar", PG_REL_VISIT);
    pg_graph_free(g);
    /* "stopped supporting" ends a support */
    g = extract_text("Brazil has thus stopped supporting the Cuban dictatorship. Chile supports Peru.");
    refute_edge(g, "Brazil", "Cuba", PG_REL_SUPPORT);
    assert_edge(g, "Chile", "Peru", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(relate, no_plans_and_cancelled_trips_do_not_count)
{
    pg_graph *g = extract_text("Prime Minister Omar Haddad said he has no immediate plans to start trade talks with Qatar. "
                               "Foreign Minister Lena Kovac has cancelled a trip to Oman. "
                               "Kovac said she had no plans, but she met President Tom Reyes in Doha.");
    refute_edge(g, "Omar Haddad", "Qatar", PG_REL_MEETING);
    refute_edge(g, "Lena Kovac", "Oman", PG_REL_VISIT);
    /* a negation reaches past three words only through an intent word,
     * and never past punctuation */
    assert_edge(g, "Lena Kovac", "Tom Reyes", PG_REL_MEETING);
    pg_graph_free(g);
}

Test(relate, statement_targets_exclude_the_speaker_and_the_narrator)
{
    pg_graph *g = extract_text("Visiting Poland, Senator Jane Cole said that Belarus was a threat.");
    assert_edge(g, "Jane Cole", "Belarus", PG_REL_STATEMENT);
    refute_edge(g, "Jane Cole", "Poland", PG_REL_STATEMENT);
    refute_edge(g, "Jane Cole", "Jane Cole", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, according_to)
{
    pg_graph *g = extract_text("According to the Kremlin, Georgia refused the offer.");
    assert_edge(g, "Russia", "Georgia", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, affiliation_is_not_taken_from_an_envoys_destination)
{
    pg_graph *g = extract_text("The president's Syria and Iraq envoy Adam Price said talks would resume.");
    refute_edge(g, "Adam Price", "Syria", PG_REL_AFFILIATION);
    refute_edge(g, "Adam Price", "Iraq", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

/* ---- evidence and dates ---- */

Test(evidence, offsets_sentence_and_dates)
{
    const char *text = "Leaders talk\n\nOn Feb. 12, Prime Minister Eli Navon called President Rosa Duarte. "
                       "Navon said Brazil was a friend.";
    pg_graph *g = extract_dated(text, "2024-02-14");
    const pg_edge *call = edge_by_labels(g, "Eli Navon", "Rosa Duarte", PG_REL_CALL);
    cr_assert(call);
    const pg_evidence *ev = &call->evidence[0];
    cr_assert_str_eq(ev->doc, "t");
    cr_assert_eq(ev->sentence, 1);
    cr_assert_eq(strncmp(text + ev->start, "On Feb. 12", 10), 0);
    cr_assert_eq(text[ev->end - 1], '.');
    cr_assert_str_eq(ev->date, "2024-02-12", "the date in the sentence, the year of the document");
    const pg_edge *st = edge_by_labels(g, "Eli Navon", "Brazil", PG_REL_STATEMENT);
    cr_assert_str_eq(st->evidence[0].date, "2024-02-14", "else the document's date");
    cr_assert_str_eq(st->evidence[0].text, "Navon said Brazil was a friend.");
    pg_graph_free(g);
}

Test(evidence, cameo_codes_by_type)
{
    cr_assert_str_eq(pg_rel_cameo(PG_REL_STATEMENT), "010");
    cr_assert_str_eq(pg_rel_cameo(PG_REL_SUPPORT), "051");
    cr_assert_str_eq(pg_rel_cameo(PG_REL_MEETING), "040");
    cr_assert_str_eq(pg_rel_cameo(PG_REL_VISIT), "042");
}

Test(evidence, any_text_is_safe)
{
    const char *texts[] = {"", "\"", "“", "— (@x)", ":", "Mr", "the the the", "A. B. C. D.", "\"\"\"\"",
                           "President of", "— Name (@h) March 40, 99999"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        pg_graph *g = extract_text(texts[i]);
        pg_graph_free(g);
    }
}

Test(recognise, an_address_is_not_a_person)
{
    pg_graph *g = extract_text("Mr. President, we thank President Kofi Mensah for his words.");
    ptrdiff_t n = node_by_label(g, "Kofi Mensah");
    cr_assert(n >= 0);
    cr_assert(!node_has_alias(g, "Kofi Mensah", "Mr. President"), "the address is not Mensah");
    pg_graph_free(g);
}

Test(recognise, states_act_through_their_ministries)
{
    pg_graph *g = extract_text("Iran's foreign ministry condemned Bahrain. The Turkish government praised Azerbaijan.");
    assert_edge(g, "Iran", "Bahrain", PG_REL_CRITICISM);
    assert_edge(g, "Turkey", "Azerbaijan", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(quotes, a_speech_speaks_for_its_country)
{
    pg_graph *g = extract_text("My country, the Republic of Malawi, stands with its neighbours. We call on Eritrea to "
                               "release the prisoners. Last year I visited Zambia.");
    assert_edge(g, "Malawi", "Eritrea", PG_REL_STATEMENT);
    assert_edge(g, "Malawi", "Zambia", PG_REL_VISIT);
    pg_graph_free(g);
}

Test(quotes, first_person_outside_quotations_is_nobody_in_news)
{
    pg_graph *g = extract_text("We spoke to Finland's ambassador on Monday. I visited Oslo.");
    cr_assert_eq(pg_graph_edge_count(g), 0, "no speaker known: no edges");
    pg_graph_free(g);
}

/* A body after a preposition is no subject, also with a demonym between
 * ("As for the Russian Red Cross Society, we ..."); "sources close to X"
 * speak for X. */
Test(relate, topics_and_sources_close_to)
{
    pg_graph *g = extract_text("Vladimir Putin: Mr Rocca, good afternoon.\n\nFrancesco Rocca: Thank you.\n\n"
                               "Vladimir Putin: As for the Russian Red Cross Society, we are now discussing it, "
                               "including the State Duma. Regarding Gazprom, we are now discussing it, including Norway.");
    assert_edge(g, "Vladimir Putin", "State Duma", PG_REL_STATEMENT);
    refute_edge(g, "International Committee of the Red Cross", "State Duma", PG_REL_STATEMENT);
    refute_edge(g, "Gazprom", "Norway", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Sources close to Finance Minister Edouard Balladur said France would sell its stake.");
    assert_edge(g, "Edouard Balladur", "France", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* A common noun right before a verb form after a modal or auxiliary is a
 * thing's subject: no actor further back acts ("our helplessness will
 * condemn us"); a state's noun ("her country had supported") is not
 * such, nor is an adjective before a noun cue ("my heartfelt thanks"). */
Test(relate, a_thing_before_the_verb_is_its_subject)
{
    pg_graph *g = extract_text("Germany said that if the United Nations cannot act, our helplessness will "
                               "condemn Chile. President Jana Novak said her country had supported Ukraine. "
                               "Peru said our history will thank Norway.");
    refute_edge(g, "United Nations", "Chile", PG_REL_CRITICISM);
    assert_edge(g, "Jana Novak", "Ukraine", PG_REL_SUPPORT);
    refute_edge(g, "Peru", "Norway", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* no auxiliary: "thanks" after "my heartfelt" is a noun, the speaker's */
    g = extract_text("Jana Novak: I extend my heartfelt thanks to Sweden.\n\nIvan Petrov: Thank you.");
    assert_edge(g, "Jana Novak", "Sweden", PG_REL_SUPPORT);
    pg_graph_free(g);
}

/* Platforms and a place's one-word name are nobody; a glued
 * "SecretaryGeneral" is the title. */
Test(recognise, platforms_places_and_glued_titles)
{
    pg_graph *g = extract_text("Ivan Petrov said that according to Wikipedia, Chile won. Ivan Petrov said young "
                               "scientists at Sirius asked about Peru. UN SecretaryGeneral Antonio Guterres said "
                               "Norway agreed.");
    cr_assert_lt(node_by_label(g, "Wikipedia"), 0);
    cr_assert_lt(node_by_label(g, "Sirius"), 0);
    assert_edge(g, "Antonio Guterres", "United Nations", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

/* A conference or summit is an event, no actor; a known body opening its
 * name is read on its own. */
Test(recognise, conferences_are_events)
{
    pg_graph *g = extract_text("Fiji said the Ocean Conference in Lisbon would help Chile. Kenya said the 12th "
                               "WTO Ministerial Conference would help Peru. Chad said the United Nations Ocean Conference "
                     "would help Mali.");
    cr_assert_lt(node_by_label(g, "Ocean Conference"), 0);
    cr_assert_lt(node_by_label(g, "Ministerial Conference"), 0);
    cr_assert_lt(node_by_label(g, "WTO Ministerial Conference"), 0);
    assert_edge(g, "Fiji", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Kenya", "World Trade Organization", PG_REL_STATEMENT);
    assert_edge(g, "Chad", "United Nations", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "United Nations Ocean Conference"), 0);
    pg_graph_free(g);
}

/* A known body's name before a product word, or after "dose of", is the
 * product's ("Sputnik V", the vaccine, not the news agency); "we received"
 * before a capitalised name is no meeting. */
Test(recognise, products_named_after_bodies)
{
    pg_graph *g = extract_text("Anna Popova said Sputnik V was the first vaccine registered in Chile. Alberto "
                               "Fernandez said he took a third dose of Sputnik in Peru. Ivan Petrov told Sputnik "
                               "that Norway agreed. Jane Cole said the U.S. Army's light helicopter won in Mali.");
    refute_edge(g, "Anna Popova", "Sputnik", PG_REL_STATEMENT);
    refute_edge(g, "Alberto Fernandez", "Sputnik", PG_REL_STATEMENT);
    assert_edge(g, "Jane Cole", "U.S. Army", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Gurbanguly Berdimuhamedov: Just the other day we received Sputnik Light.\n\n"
                     "Vladimir Putin: Good.");
    refute_edge(g, "Gurbanguly Berdimuhamedov", "Vladimir Putin", PG_REL_MEETING);
    refute_edge(g, "Vladimir Putin", "Gurbanguly Berdimuhamedov", PG_REL_MEETING);
    pg_graph_free(g);
}

/* A body right before a titled person's name is the person's affiliation;
 * the person is the object ("met Saudi Arabia's Oil Minister Hisham
 * Nazir", "met with House Ways and Means Committee chairman Dan
 * Rostenkowski"). */
Test(relate, a_titled_person_after_a_body_is_the_object)
{
    pg_graph *g = extract_text("Gholam Aqazadeh met Saudi Arabia's Oil Minister Hisham Nazir in Riyadh. Jim Wright "
                               "met with House Ways and Means Committee chairman Dan Rostenkowski.");
    assert_edge(g, "Gholam Aqazadeh", "Hisham Nazir", PG_REL_MEETING);
    refute_edge(g, "Gholam Aqazadeh", "Saudi Arabia", PG_REL_MEETING);
    cr_assert(has_edge(g, "Jim Wright", "Dan Rostenkowski", PG_REL_MEETING) ||
              has_edge(g, "Dan Rostenkowski", "Jim Wright", PG_REL_MEETING));
    pg_graph_free(g);
    /* a body and its portfolio before a role word and a name: the person
     * speaks after a comma ("..., Oil Ministry spokesman Egil Helle told
     * Reuters"), also where the portfolio opens a title ("Oil Minister") */
    g = extract_text("Norway will cut output, Oil Ministry spokesman Egil Helle told Reuters. Japan will act, "
                     "Foreign Ministry spokesman Ken Sato told Reuters. Russia's Oil Minister Ivan Petrov said "
                     "Iran agreed.");
    assert_edge(g, "Egil Helle", "Norway", PG_REL_STATEMENT);
    assert_edge(g, "Ken Sato", "Japan", PG_REL_STATEMENT);
    assert_edge(g, "Ivan Petrov", "Russia", PG_REL_AFFILIATION);
    pg_graph_free(g);
    g = extract_text("Nova Corp said it would grow. Nova Corp is considering a bid for Dome Petroleum Ltd, Nova "
                     "chairman Bob Blair said.");
    assert_edge(g, "Bob Blair", "Dome Petroleum Ltd", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* (a portfolio opening a title still names its body) */
    g = extract_text("Agriculture Committee Chairman Patrick Leahy said Iran agreed.");
    assert_edge(g, "Patrick Leahy", "Agriculture Committee", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

/* A turn label whose capitals open with no name: the titled name ending
 * it speaks, also past the Kremlin's echo of the name ("Alexei Kudrin
 * Kudrin AlexeiChairman of the Accounts Chamber:"); "we received" before
 * a number receives things, no one met. */
Test(quotes, the_titled_name_ending_a_turn_label_speaks)
{
    pg_graph *g = extract_text("President of Russia Vladimir Putin: Let us begin with the Accounts Chamber.\n\n"
                               "Accounts Chamber Chairman Alexei Kudrin Kudrin AlexeiChairman of the Accounts "
                               "Chamber: Mr President, we reported to the State Duma. We have received over 3,000 "
                               "appeals.");
    assert_edge(g, "Alexei Kudrin", "State Duma", PG_REL_STATEMENT);
    refute_edge(g, "Alexei Kudrin", "Vladimir Putin", PG_REL_MEETING);
    refute_edge(g, "Vladimir Putin", "Alexei Kudrin", PG_REL_MEETING);
    pg_graph_free(g);
}

/* "blamed X on Y" criticises Y; a share of people or a plural noun for
 * states no name opens, right before the verb, is no actor. */
Test(relate, blame_on_and_unnamed_plural_subjects)
{
    pg_graph *g = extract_text("Otto Witzel blamed Autolatina's losses on Brazil's price controls. Moscow blamed the "
                               "end of the freeze on Chile. John Howard said Peru agreed, while only 18 pct "
                               "supported Norway. Ana Ruiz said the Latin nations backed Denmark. Sweden, Finland, "
                               "and other countries also criticised Poland.");
    assert_edge(g, "Otto Witzel", "Brazil", PG_REL_CRITICISM);
    refute_edge(g, "Otto Witzel", "Autolatina", PG_REL_CRITICISM);
    assert_edge(g, "Russia", "Chile", PG_REL_CRITICISM);
    refute_edge(g, "John Howard", "Norway", PG_REL_SUPPORT);
    refute_edge(g, "Peru", "Norway", PG_REL_SUPPORT);
    refute_edge(g, "Ana Ruiz", "Denmark", PG_REL_SUPPORT);
    assert_edge(g, "Finland", "Poland", PG_REL_CRITICISM);
    pg_graph_free(g);
}

/* "who" after a plain noun for people or a demonym stands for people no
 * actor is, unless the speaker counts themself among them. */
Test(relate, who_after_people_is_nobody)
{
    pg_graph *g = extract_text("Ihor Zhovkva thanked Minister Joao Costa for study places for Ukrainians who "
                               "arrived in Portugal.\n\n"
                               "Xavier Bettel: I am among the few leaders who has had calls with Vladimir Putin."
                               "\n\nIvan Petrov: Thank you.");
    refute_edge(g, "Joao Costa", "Portugal", PG_REL_VISIT);
    refute_edge(g, "Ihor Zhovkva", "Portugal", PG_REL_VISIT);
    cr_assert(has_edge(g, "Xavier Bettel", "Vladimir Putin", PG_REL_CALL) || has_edge(g, "Vladimir Putin", "Xavier Bettel", PG_REL_CALL));
    pg_graph_free(g);
}

Test(recognise, long_titles_and_organizations_with_short_names)
{
    pg_graph *g = extract_text(
        "Irish Minister for Foreign Affairs Niamh Doyle told Kenji Mori, Chairman of the Federation of Harbour "
        "Owners (Fedhar), that Ireland would act. A spokesman for Fedhar said Mori agreed.");
    assert_edge(g, "Niamh Doyle", "Ireland", PG_REL_AFFILIATION);
    assert_edge(g, "Kenji Mori", "Federation of Harbour Owners", PG_REL_AFFILIATION);
    cr_assert(node_has_alias(g, "Federation of Harbour Owners", "Fedhar"));
    cr_assert_eq(node_by_label(g, "Fedhar"), -1, "the short name is the same organization");
    pg_graph_free(g);
}

Test(recognise, former_states)
{
    pg_graph *g = extract_text("Soviet leader Ivan Petrenko criticised West Germany.");
    assert_edge(g, "Ivan Petrenko", "Soviet Union", PG_REL_AFFILIATION);
    assert_edge(g, "Ivan Petrenko", "West Germany", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(recognise, title_case_headlines)
{
    pg_graph *g = extract_text("Lindqvist Meets Arakawa in Tokyo to Discuss Trade\n\n"
                               "Swedish Prime Minister Eva Lindqvist met Japanese Prime Minister Kenji Arakawa.");
    assert_edge(g, "Eva Lindqvist", "Kenji Arakawa", PG_REL_MEETING);
    cr_assert_eq(node_by_label(g, "Lindqvist Meets Arakawa"), -1);
    const pg_edge *m = edge_by_labels(g, "Eva Lindqvist", "Kenji Arakawa", PG_REL_MEETING);
    cr_assert_eq(m->weight, 2, "the headline and the sentence");
    pg_graph_free(g);
}

Test(relate, fronted_meetings_and_calls)
{
    pg_graph *g = extract_text(
        "In a phone call with German Chancellor Stefan Brandt, U.S. President Robert Hale said NATO must stay united. "
        "During a meeting with French President Marc Lefevre in Paris, Brandt praised Italy. "
        "Hungarian Prime Minister Laszlo Varga and Slovak Prime Minister Jan Kollar held talks in Budapest.");
    assert_edge(g, "Robert Hale", "Stefan Brandt", PG_REL_CALL);
    assert_edge(g, "Stefan Brandt", "Marc Lefevre", PG_REL_MEETING);
    assert_edge(g, "Laszlo Varga", "Jan Kollar", PG_REL_MEETING);
    refute_edge(g, "Stefan Brandt", "Robert Hale", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_role_is_not_merged_into_someone_merely_thanked)
{
    pg_graph *g = extract_text("I thank Secretary-General Ana Ferreira for her work. I congratulate Mr. Tomas Varga "
                               "on his election. The President of the Republic of Chile will host a summit.");
    refute_edge(g, "Ana Ferreira", "Chile", PG_REL_AFFILIATION);
    refute_edge(g, "Tomas Varga", "Chile", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

Test(resolve, a_role_is_not_merged_into_a_name_a_period_ends)
{
    /* transcribed speeches put periods for commas: the name after "his
     * predecessor." stands alone and does nothing */
    pg_graph *g = extract_text("I congratulate Mr. Dennis Okoro on his election. I also thank his predecessor. "
                               "Mr. Tomas Varga. who presided over our work last year. I convey the support of "
                               "the President of the Republic of Chile.");
    refute_edge(g, "Tomas Varga", "Chile", PG_REL_AFFILIATION);
    pg_graph_free(g);
    /* a readout's main person still takes the role */
    g = extract_text("Tomas Varga held talks in Santiago. Tomas Varga noted the progress. The President of the "
                     "Republic of Chile said Peru was a partner.");
    assert_edge(g, "Tomas Varga", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Tomas Varga", "Chile", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

Test(resolve, a_role_is_merged_only_into_a_full_name)
{
    /* a lone capitalised word that acts may be no one at all */
    pg_graph *g = extract_text("Hope was expressed for the talks. The President of Chile stressed that Peru was "
                               "a partner.");
    refute_edge(g, "Hope", "Chile", PG_REL_AFFILIATION);
    refute_edge(g, "Hope", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* A speech (its speaker's "I") names its speaker's office without the
 * name and others by name: a role joins none of them; nor does a role in
 * someone's quoted words, nor a role two people tie for. */
Test(resolve, a_role_joins_nobody_in_a_speech_a_quotation_or_a_tie)
{
    pg_graph *g = extract_text("I come here to speak for my people. I thank the Assembly. In May, our friend "
                               "became the first American President to visit us. As the great Tomas Varga would "
                               "say, peace is near.");
    refute_edge(g, "Tomas Varga", "United States", PG_REL_AFFILIATION);
    pg_graph_free(g);
    g = extract_text("Tomas Varga held talks in Santiago. Tomas Varga said: \"I spoke with the President of Peru "
                     "yesterday.\"");
    refute_edge(g, "Tomas Varga", "Peru", PG_REL_AFFILIATION);
    pg_graph_free(g);
    g = extract_text("Tomas Varga arrived in Lima. Ana Ferreira arrived in Lima. "
                     "The President of Chile stressed that Peru was a partner.");
    refute_edge(g, "Tomas Varga", "Chile", PG_REL_AFFILIATION);
    refute_edge(g, "Ana Ferreira", "Chile", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

/* "thanked X for his visit": the possessive after "for"/"on" right after
 * a person is that person's, not the subject's. */
Test(resolve, a_possessive_after_for_is_the_object_s)
{
    pg_graph *g = extract_text("President Ruth Abbot met Chancellor Karl Varga in Vienna. Ruth Abbot thanked Karl "
                               "Varga for his visit to Finland and for his support for Estonia.");
    assert_edge(g, "Karl Varga", "Finland", PG_REL_VISIT);
    refute_edge(g, "Ruth Abbot", "Finland", PG_REL_VISIT);
    assert_edge(g, "Karl Varga", "Estonia", PG_REL_SUPPORT);
    pg_graph_free(g);
}

/* "President Hale" after "the Hale Administration" is the person. */
Test(resolve, a_titled_name_is_not_the_organization_it_begins)
{
    pg_graph *g = extract_text("The Hale Administration backed Israel. Israel is grateful to President Hale for "
                               "his decision.");
    assert_edge(g, "Israel", "Hale", PG_REL_SUPPORT);
    cr_assert(has_node(g, "Hale", PG_ACTOR_PERSON));
    pg_graph_free(g);
}

Test(recognise, a_name_after_an_opening_adjunct_is_the_subject_not_an_appositive)
{
    /* the comma ends "Before the meeting with the President of Ukraine":
     * the name after it is who visited, not the President */
    pg_graph *g = extract_text("Volodymyr Zelenskyy met the delegation in Kyiv. Before the meeting with the "
                               "President of Ukraine, Ana Ferreira visited the suburbs. Handing over the "
                               "report to the President of Ukraine, Tomas Varga noted that Poland agreed.");
    refute_edge(g, "Ana Ferreira", "Ukraine", PG_REL_AFFILIATION);
    refute_edge(g, "Tomas Varga", "Ukraine", PG_REL_AFFILIATION);
    assert_edge(g, "Ana Ferreira", "Volodymyr Zelenskyy", PG_REL_MEETING);
    assert_edge(g, "Tomas Varga", "Poland", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a true appositive keeps its name: "with the President of Ukraine,
     * Volodymyr Zelenskyy, ..." */
    g = extract_text("After talks with the President of Ukraine, Volodymyr Zelenskyy, Tomas Varga said Poland "
                     "agreed.");
    assert_edge(g, "Volodymyr Zelenskyy", "Ukraine", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

Test(resolve, a_role_is_not_the_person_named_as_its_object)
{
    /* a readout naming only the other party: the role "President of Latvia"
     * must not join Jonas Lie, the one it speaks to */
    pg_graph *g = extract_text("The President of Latvia told Mr Jonas Lie about the new pipeline. Jonas Lie said "
                               "Norway would help. The President of Latvia thanked him.");
    refute_edge(g, "Jonas Lie", "Latvia", PG_REL_AFFILIATION);
    assert_edge(g, "Jonas Lie", "Norway", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, an_armed_attack_on_a_state_is_no_criticism)
{
    /* `force_verb`: war against a state or a place of it; criticism of a
     * state's policy */
    pg_graph *g = extract_text("Georgia was attacked by Russia in 2008. Iraq attacked Iran's Sirri Island. Japan "
                               "attacked Peru's fiscal policy. Chile criticised Bolivia.");
    refute_edge(g, "Russia", "Georgia", PG_REL_CRITICISM);
    refute_edge(g, "Iraq", "Iran", PG_REL_CRITICISM);
    assert_edge(g, "Japan", "Peru", PG_REL_CRITICISM);
    assert_edge(g, "Chile", "Bolivia", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(relate, a_passive_verb_is_done_by_its_agent_not_its_subject)
{
    pg_graph *g = extract_text("Senator Tomas Varga was told that Peru would agree. Hope was expressed that Chile "
                               "would join. Georgia was criticised by Russia in 2008. The pact, which is backed "
                               "by Kuwait, holds. Kyiv was visited by President Ana Ferreira. Senator Tomas Varga "
                               "was visiting Peru.");
    refute_edge(g, "Tomas Varga", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Hope", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Russia", "Georgia", PG_REL_CRITICISM);
    refute_edge(g, "Georgia", "Russia", PG_REL_CRITICISM);
    assert_edge(g, "Ana Ferreira", "Ukraine", PG_REL_VISIT);
    assert_edge(g, "Tomas Varga", "Peru", PG_REL_VISIT); /* a progressive is active */
    pg_graph_free(g);
    /* the relative pronoun stands for the name before it; an adjective
     * after "be" is no passive */
    g = extract_text("Saudi Arabia, which is backed by Kuwait, leads the pact. Senator Tomas Varga was grateful "
                     "to Chile.");
    assert_edge(g, "Kuwait", "Saudi Arabia", PG_REL_SUPPORT);
    assert_edge(g, "Tomas Varga", "Chile", PG_REL_SUPPORT);
    pg_graph_free(g);
}

Test(resolve, a_person_known_only_by_a_common_word_is_no_one)
{
    pg_graph *g = extract_text("Further said Peru would agree. Measures were announced. Miller said Chile would "
                               "agree. Treasury Secretary James Baker met Lyng. Baker said Japan would agree.");
    cr_assert_lt(node_by_label(g, "Further"), 0);
    cr_assert_lt(node_by_label(g, "Measures"), 0);
    pg_graph_free(g);
    /* a title before the word changes nothing; a surname that the word
     * list gives only as a word stays a name */
    g = extract_text("The General Debate said Peru agreed.");
    cr_assert_lt(node_by_label(g, "Debate"), 0);
    pg_graph_free(g);
    g = extract_text("Climate Change said Peru agreed. The High-Level panel met. Digital Equipment said Chile "
                     "agreed.");
    cr_assert_lt(node_by_label(g, "Climate Change"), 0);
    cr_assert_lt(node_by_label(g, "Digital Equipment"), 0);
    pg_graph_free(g);
    g = extract_text("President Pence said Chile agreed.");
    assert_edge(g, "Pence", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Further said Peru would agree. Measures were announced. Miller said Chile would "
                     "agree. Treasury Secretary James Baker met Lyng. Baker said Japan would agree.");
    refute_edge(g, "Further", "Peru", PG_REL_STATEMENT);
    /* a surname that is also a word stays a name: the list leaves out the
     * words that are names too ("Miller"), and a known full name takes its
     * surname ("Baker") */
    assert_edge(g, "Miller", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "James Baker", "Japan", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_news_outlet_named_after_a_state_speaks_not_the_state)
{
    pg_graph *g = extract_text("China Daily said Japan would agree. Tehran Radio said Iraq had attacked. Iraqi News "
                               "Agency said Kuwait agreed. Canada Post said Peru agreed.");
    assert_edge(g, "China Daily", "Japan", PG_REL_STATEMENT);
    refute_edge(g, "China", "Japan", PG_REL_STATEMENT);
    assert_edge(g, "Tehran Radio", "Iraq", PG_REL_STATEMENT);
    refute_edge(g, "Iran", "Iraq", PG_REL_STATEMENT);
    assert_edge(g, "Iraqi News Agency", "Kuwait", PG_REL_STATEMENT);
    assert_edge(g, "Canada Post", "Peru", PG_REL_STATEMENT);
    cr_assert(has_node(g, "China Daily", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
}

Test(resolve, a_company_named_short_is_the_company)
{
    /* the name without its legal form, or that name's last word */
    pg_graph *g = extract_text("Eastman Kodak Co said it would cut jobs. Kodak said Japan would agree. Dunmore "
                               "Kessler and Co Inc said it hired analysts. Dunmore Kessler said Britain agreed. "
                               "Colonial BancGroup said it bought a bank. Colonial said Peru agreed.");
    assert_edge(g, "Eastman Kodak Co", "Japan", PG_REL_STATEMENT);
    assert_edge(g, "Dunmore Kessler and Co Inc", "United Kingdom", PG_REL_STATEMENT);
    assert_edge(g, "Colonial BancGroup", "Peru", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "Kodak"), 0);
    cr_assert(node_has_alias(g, "Eastman Kodak Co", "Kodak"), "the short name is an alias");
    cr_assert_lt(node_by_label(g, "Dunmore Kessler"), 0);
    pg_graph_free(g);
}

/* The leading words of a company's name, two or more, are the company
 * too; a leading part two companies share names neither, and any other
 * short name wins over a leading part. */
Test(resolve, a_company_named_by_its_leading_words)
{
    pg_graph *g = extract_text("Allied-Signal Aerospace Co and Ovonic Imaging Systems Inc signed an agreement to "
                               "develop displays, Ovonic Imaging said.");
    assert_edge(g, "Ovonic Imaging Systems Inc", "Allied-Signal Aerospace Co", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "Ovonic Imaging"), 0);
    pg_graph_free(g);
    g = extract_text("Dunmore Kessler Acceptance Corp said it sold notes. Dunmore Kessler and Co Inc said it "
                     "bought them. Dunmore Kessler said Peru agreed.");
    assert_edge(g, "Dunmore Kessler and Co Inc", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Dunmore Kessler Acceptance Corp", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Brant Harlow Mining Corp said it found gold. Brant Harlow Energy Corp said it found oil. "
                     "Brant Harlow said Peru agreed.");
    refute_edge(g, "Brant Harlow Mining Corp", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Brant Harlow Energy Corp", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* A short name in parentheses after a known body is that body's in the
 * article even where the lexicon gives it to another (when it is the
 * body's initials); a known body's initials name it where the article
 * names it in full. */
Test(resolve, a_known_body_defines_its_short_name)
{
    pg_graph *g = extract_text("The Interstate Commerce Commission (ICC) said it would rule. The ICC said Chile agreed.");
    assert_edge(g, "Interstate Commerce Commission", "Chile", PG_REL_STATEMENT);
    refute_edge(g, "International Criminal Court", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Belgium said the presidency of the Council of the European Union (EU) was hard. The EU said "
                     "Chile agreed.");
    assert_edge(g, "European Union", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Belgium", "European Union", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Harwell Gas said the Nuclear Regulatory Commission would rule. The NRC said Peru agreed.");
    assert_edge(g, "Nuclear Regulatory Commission", "Peru", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "NRC"), 0);
    pg_graph_free(g);
    /* a known company by its first or last word */
    g = extract_text("E.F. Hutton and Co said it hired analysts. Hutton said Chile agreed.");
    assert_edge(g, "E.F. Hutton", "Chile", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "Hutton"), 0);
    pg_graph_free(g);
    /* a U.S. agency named with "U.S." is the agency, not the state too */
    g = extract_text("Merck and Co said the U.S. Food and Drug Administration approved the drug.");
    assert_edge(g, "Merck and Co", "Food and Drug Administration", PG_REL_STATEMENT);
    refute_edge(g, "Merck and Co", "United States", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* "..., Melvin Sims, USDA general sales manager, said": the person before
 * an apposition of a body and plain words is the speaker; "according to
 * the X's report" cites X. */
Test(relate, speakers_behind_an_apposition_or_a_report)
{
    pg_graph *g = extract_text("A bonus was awarded to Cam Trading Inc on the shipment, Melvin Sims, USDA general "
                               "sales manager, said.");
    assert_edge(g, "Melvin Sims", "Cam Trading Inc", PG_REL_STATEMENT);
    refute_edge(g, "Department of Agriculture", "Cam Trading Inc", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("There were no shipments of grain to Chile last week, according to the U.S. Agriculture "
                     "Department's latest export sales report.");
    assert_edge(g, "Department of Agriculture", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* "It" opening a sentence is the country or organization the sentences
 * before are about: the speaker ending one, else the subject opening one
 * (passing over a sentence whose subject is no mention); the last one
 * named only when neither is found. */
Test(resolve, it_opening_a_sentence_is_the_subject_before)
{
    pg_graph *g = extract_text("Harwell Shopping Network Inc said it is not the target of a Securities and Exchange "
                               "Commission investigation. It said Peru had asked for documents.");
    assert_edge(g, "Harwell Shopping Network Inc", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Securities and Exchange Commission", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* the speaker that ends the sentence, after "has" or before a short tail */
    g = extract_text("Kuwait has rejected its new OPEC quota, the Iraqi news agency INA has reported. It quoted "
                     "a minister as saying Peru would agree.");
    assert_edge(g, "INA", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Kuwait", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Chile faces a hard adjustment, the Garnet Information Service said in its latest annual review "
                     "of the Chilean economy. It said Bolivia would do better.");
    assert_edge(g, "Garnet Information Service", "Bolivia", PG_REL_STATEMENT);
    refute_edge(g, "Chile", "Bolivia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* the speaker ends the sentence only after a comma, with a verb of speech */
    g = extract_text("Kodak Co said Fuji Corp criticised the plan. It said Peru would agree.");
    assert_edge(g, "Kodak Co", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Fuji Corp", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a subject after a determiner and plain words */
    g = extract_text("The state news agency INA said Kuwait had rejected the quota. It quoted a minister as saying "
                     "Peru would agree.");
    assert_edge(g, "INA", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Kuwait", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a sentence whose subject is no mention is passed over */
    g = extract_text("The Marlow Research Unit said the outlook was weak. The independent research group cut its "
                     "forecasts for Japan. It said Peru would grow.");
    assert_edge(g, "Marlow Research Unit", "Peru", PG_REL_STATEMENT);
    refute_edge(g, "Japan", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* after a person's sentence, the last body named, as before */
    g = extract_text("John Smith visited the Orbita Group office. It said Peru would grow.");
    assert_edge(g, "Orbita Group", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

/* One word that starts or ends in a firm's word (`firm_part`) is a
 * company's name, not after a known given name; once a cue made it a body
 * (or an acronym one), its uncued mentions are that body too. */
Test(resolve, firm_words_and_their_uncued_mentions)
{
    pg_graph *g = extract_text("Mediobanca said Italy agreed. Thomas Swithenbank said Peru agreed.\n\n"
                               "\"Mediobanca can afford it,\" analyst John Smith said.\n\n"
                               "TWA said Chile agreed. Analyst Mary Jones said TWA's shares rose.");
    cr_assert(has_node(g, "Mediobanca", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Mediobanca", "Italy", PG_REL_STATEMENT);
    cr_assert(has_node(g, "Thomas Swithenbank", PG_ACTOR_PERSON));
    assert_edge(g, "John Smith", "Mediobanca", PG_REL_STATEMENT);
    assert_edge(g, "Mary Jones", "TWA", PG_REL_STATEMENT);
    /* a body by its shape keeps its name as an alias (merging articles
     * goes by them) */
    const pg_node *twa = pg_graph_node(g, (size_t)node_by_label(g, "TWA"));
    cr_assert(twa->n_aliases == 1 && strcmp(twa->aliases[0], "TWA") == 0);
    pg_graph_free(g);
    g = extract_text("Big Apple BancGroup said Chile agreed. Analyst John Smith said Big Apple BancGroup will "
                     "hire in Peru.");
    assert_edge(g, "John Smith", "Big Apple BancGroup", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* the initials of a company's name without its legal form */
    g = extract_text("General Motors Corp said Chile agreed. Analyst John Smith said GM will hire more workers "
                     "in Peru. GM said Peru agreed.");
    assert_edge(g, "John Smith", "General Motors Corp", PG_REL_STATEMENT);
    assert_edge(g, "General Motors Corp", "Peru", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "GM"), 0);
    pg_graph_free(g);
}

Test(recognise, a_firm_named_with_a_comma_or_and_co_is_one_company)
{
    pg_graph *g = extract_text("Union Carbide Corp is raising 350 mln dlrs, said lead manager Goldman, Sachs and Co.\n\n"
                               "Commercial Credit Co is raising 150 mln dlrs, said lead manager Morgan Stanley and "
                               "Co Inc.");
    /* the underwriter after ", said lead manager" speaks of the issuer */
    assert_edge(g, "Goldman, Sachs and Co.", "Union Carbide Corp", PG_REL_STATEMENT);
    assert_edge(g, "Morgan Stanley and Co Inc.", "Commercial Credit Co", PG_REL_STATEMENT);
    refute_edge(g, "Union Carbide Corp", "Goldman, Sachs and Co.", PG_REL_STATEMENT);
    cr_assert_lt(node_by_label(g, "Goldman"), 0);
    cr_assert_lt(node_by_label(g, "Co Inc."), 0);
    pg_graph_free(g);
    /* a list is not a firm: the first word is someone named before */
    g = extract_text("Ivan Boesky met regulators. Boesky, Jefferies and Co said Peru agreed.");
    cr_assert_lt(node_by_label(g, "Boesky, Jefferies and Co"), 0);
    pg_graph_free(g);
}

Test(relate, an_inverted_speaker_that_is_a_common_noun_is_no_one)
{
    /* ", said the company." names no speaker: not the clause's subject */
    pg_graph *g = extract_text("Russia will help, said the company, in a reply to Chile. Ukraine, in a shocking "
                               "admission, claimed responsibility for attacks in Mali.");
    refute_edge(g, "Russia", "Chile", PG_REL_STATEMENT);
    /* a noun that goes on into an object is no inverted speaker */
    assert_edge(g, "Ukraine", "Mali", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, regnal_numbers_first_banks_and_gulfs)
{
    /* a regnal number is part of the name, and the name without it is the
     * same person */
    pg_graph *g = extract_text("Queen Elizabeth II met Prime Minister Boris Johnson. Queen Elizabeth said Canada "
                               "agreed. Pope Paul VI said Peru agreed.");
    assert_edge(g, "Elizabeth II", "Boris Johnson", PG_REL_MEETING);
    assert_edge(g, "Elizabeth II", "Canada", PG_REL_STATEMENT);
    assert_edge(g, "Paul VI", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* "First" opens a company's name, not a title's; its second word is
     * the company too */
    g = extract_text("First Wisconsin Corp said it would buy Shelard Bancshares Inc.\n\nFirst Secretary of the "
                     "Communist Party of Cuba Raul Castro met Peru's envoy. Analysts at First Wisconsin said "
                     "Chile agreed. Wisconsin said Japan agreed.");
    assert_edge(g, "First Wisconsin Corp", "Shelard Bancshares Inc.", PG_REL_STATEMENT);
    assert_edge(g, "First Wisconsin Corp", "Japan", PG_REL_STATEMENT);
    cr_assert(has_node(g, "Communist Party of Cuba", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
    /* a name's own 's is no possessive; a gulf named after a state is no state */
    g = extract_text("Moody's said Italy was at risk. Kuwait said ships in the Gulf of Oman were safe.");
    assert_edge(g, "Moody's Investors Service", "Italy", PG_REL_STATEMENT);
    refute_edge(g, "Kuwait", "Oman", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, a_word_listed_with_places_is_a_place)
{
    pg_graph *g = extract_text("Vladimir Putin noted that their meetings in Moscow and Sochi had confirmed the "
                               "partnership of Russia and Azerbaijan. Sochi hosted the talks, Putin said.");
    cr_assert_lt(node_by_label(g, "Sochi"), 0);
    refute_edge(g, "Sochi", "Azerbaijan", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a list needs its "and": "near Havana, Granma, the newspaper, said" */
    g = extract_text("A mill opened near Havana, Granma, the official Cuban newspaper, said.");
    cr_assert(node_by_label(g, "Granma") >= 0);
    pg_graph_free(g);
}

Test(recognise, two_bodies_joined_by_and_the_are_two)
{
    pg_graph *g = extract_text("The Interior Ministry and the Investigative Committee said Peru agreed. The Economic "
                               "Commission for Latin America and the Caribbean said Chile agreed.");
    cr_assert(has_node(g, "Interior Ministry", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Investigative Committee", PG_ACTOR_ORGANIZATION));
    cr_assert_lt(node_by_label(g, "Interior Ministry and the Investigative Committee"), 0);
    /* "and the" inside a name's tail stays in it */
    cr_assert(has_node(g, "Economic Commission for Latin America and the Caribbean", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
}

/* ---- limits ---- */

static char cap_warnings[2048];

static void cap_collect(void *ctx, const char *msg)
{
    (void)ctx;
    strncat(cap_warnings, msg, sizeof cap_warnings - strlen(cap_warnings) - 2);
    strcat(cap_warnings, "\n");
}

Test(resolve, candidates_are_capped_with_one_warning)
{
    /* 2,100 distinct presidents of Chile, then descriptions: each is
     * compared with the 2,000 people first mentioned last before it
     * (docs/EXTRACTION.md), so the time stays linear */
    pg_buf text = {0};
    for (int i = 0; i < 2100; i++)
        pg_buf_printf(&text, "President Ana%c%c Lima%c%c of Chile spoke. ", 'a' + i % 26, 'a' + i / 26 % 26,
                      'a' + i / 676 % 26, 'a' + i % 7);
    pg_buf_adds(&text, "The Chilean President said Russia must stop.");
    pg_article a = {0};
    a.id = (char *)"many";
    a.title = a.date = a.source = a.url = (char *)"";
    a.text = text.p;
    a.len = text.len;
    pg_extract_opts o;
    pg_extract_opts_init(&o);
    o.warn = cap_collect;
    cap_warnings[0] = 0;
    pg_extractor *x = pg_extractor_new(test_lexicon(), &o);
    pg_graph *g = pg_graph_new();
    pg_extract_article(x, &a, g);
    cr_assert(strstr(cap_warnings, "many: more than 2000 candidates for a name or description; only the 2000 most "
                                   "recent are compared (byte "),
              "%s", cap_warnings);
    const char *first = strstr(cap_warnings, "candidates");
    cr_assert_null(strstr(first + 1, "candidates"), "one warning per document: %s", cap_warnings);
    pg_graph_free(g);
    pg_extractor_free(x);
    pg_buf_free(&text);
}

/* Company names in wire copy: legal forms in title case ("Plc"), a
 * bracketed word before the form, a description in lower case before the
 * name, acronyms that house styles write as words. */
Test(recognise, company_names_in_wire_copy)
{
    pg_graph *g = extract_text("Industrial Equity (Pacific) Ltd, a Hong Kong investment firm, said it had sold shares. "
                               "Guinness Plc said it would buy Distillers. "
                               "The bond is priced at par, lead manager Commerzbank AG said. "
                               "Oil minister Subroto said Opec was trying to stabilise prices. "
                               "American Express Co said it would sell shares to Nippon Life.");
    cr_assert(has_node(g, "Industrial Equity (Pacific) Ltd", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "Ltd") < 0, "a legal form alone is no person");
    cr_assert(has_node(g, "Guinness Plc", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Commerzbank AG", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "OPEC", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Subroto", "OPEC", PG_REL_STATEMENT);
    cr_assert(has_node(g, "American Express Co", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "United States") < 0, "a demonym inside a company's name is no state");
    pg_graph_free(g);
}

/* Wire copy: a role noun capitalised at the start of a sentence is a title
 * ("Analyst Robert Gordon"); an acronym that speaks and matches nobody is
 * an organization; acronyms for things are not actors. */
Test(recognise, sentence_initial_roles_and_speaking_acronyms)
{
    pg_graph *g = extract_text("Analyst Robert Gordon said Norway would cut output. "
                               "TWA said it would buy Piedmont Aviation Inc shares. "
                               "The CPI said nothing about Sweden. "
                               "Broker's Choice Capital Inc said it would sell shares.");
    cr_assert(has_node(g, "Robert Gordon", PG_ACTOR_PERSON));
    cr_assert(node_by_label(g, "Analyst Robert Gordon") < 0, "the title is not part of the name");
    assert_edge(g, "Robert Gordon", "Norway", PG_REL_STATEMENT);
    cr_assert(has_node(g, "TWA", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "TWA", "Piedmont Aviation Inc", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "CPI") < 0, "a price index is no actor");
    cr_assert(node_by_label(g, "Choice Capital Inc") >= 0 || node_by_label(g, "Broker's Choice Capital Inc") >= 0,
              "a capitalised role with a possessive is part of a company's name");
    cr_assert(node_by_label(g, "Choice") < 0);
    pg_graph_free(g);

    /* a one-word name after "the" that speaks is a body; not a common word,
     * a family in the plural, or a word before a noun in -ing */
    g = extract_text("The Post said Iran sold arms to Iraq. The Panel said Chad agreed. "
                     "The Koethers said Peru agreed. The Amerindian saying inspires Brazil.");
    cr_assert(has_node(g, "Post", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "Post", "Iran", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Panel") < 0);
    cr_assert(!has_node(g, "Koethers", PG_ACTOR_ORGANIZATION) && !has_node(g, "Amerindian", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
}

/* Names of bodies in financial news: exchanges, "New ..." names, a company
 * named by a demonym and a word, acronyms joined by "and" (two bodies), a
 * verb form before "on the" (no name). */
Test(recognise, exchanges_and_companies_by_shape)
{
    pg_graph *g = extract_text("Trading on the New York Stock Exchange was halted, the exchange said. "
                               "The CBOE and the Chicago Mercantile Exchange said trading would resume. "
                               "American Express said it would sell shares to Norway. "
                               "LL and E Royalty Trust said it would pay a dividend.");
    cr_assert(has_node(g, "New York Stock Exchange", PG_ACTOR_ORGANIZATION) ||
                  node_by_label(g, "New York Stock Exchange") < 0,
              "never York Stock Exchange");
    cr_assert(node_by_label(g, "York Stock Exchange") < 0);
    cr_assert(node_by_label(g, "Trading on the New York Stock Exchange") < 0);
    cr_assert(has_node(g, "Chicago Mercantile Exchange", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "CBOE and the Chicago Mercantile Exchange") < 0);
    cr_assert(has_node(g, "American Express", PG_ACTOR_ORGANIZATION));
    assert_edge(g, "American Express", "Norway", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Express") < 0 && node_by_label(g, "United States") < 0);
    cr_assert(has_node(g, "LL and E Royalty Trust", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
}

/* Names with particles ("von der Leyen"), a capitalised particle opening a
 * later mention, and transcript labels and plural nouns that are nobody. */
/* A first name alone is the person introduced just after it, else the
 * most recent one before it, else the nearest one later. */
Test(resolve, a_first_name_alone_finds_the_nearest_full_name)
{
    pg_graph *g = extract_text("Anastasia Petrova: Thank you. My question is about the railway to Chile.\n\n"
                               "Vladimir Putin: Anastasia, I will talk to the railway chief about it. We agreed "
                               "with Peru. It was hard. It took time. It was worth it. The trains run.\n\n"
                               "Anastasia Yefimova: Good afternoon, Mr President. My question concerns Norway.");
    assert_edge(g, "Vladimir Putin", "Anastasia Petrova", PG_REL_STATEMENT);
    refute_edge(g, "Vladimir Putin", "Anastasia Yefimova", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("Dear Mr. President, my friend Andrzej! Dear guests! We are here today. Times are hard. "
                     "We stand together. Poland helps us. I remember my first meetings with Andrzej Duda.");
    cr_assert_eq(pg_graph_node(g, (size_t)node_by_label(g, "Andrzej Duda"))->mentions, 2);
    pg_graph_free(g);
    /* also where a cue confirms the first name ("Boris arrived") */
    g = extract_text("I welcomed Prime Minister of the United Kingdom Boris Johnson in Kyiv. Today Boris arrived "
                     "in Ukraine with a new package of support.");
    assert_edge(g, "Boris Johnson", "Ukraine", PG_REL_VISIT);
    cr_assert_lt(node_by_label(g, "Boris"), 0);
    pg_graph_free(g);
    g = extract_text("Dmitry Peskov: Next question.\n\nVladimir Putin: Go ahead, Dmitry.\n\n"
                     "Dmitry Guberniyev: Dmitry Guberniyev, Match TV. My question is about Chile.");
    assert_edge(g, "Vladimir Putin", "Dmitry Guberniyev", PG_REL_STATEMENT);
    refute_edge(g, "Vladimir Putin", "Dmitry Peskov", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(resolve, particles_and_transcript_labels)
{
    pg_graph *g = extract_text("European Commission President Ursula von der Leyen said Russia must pay.\n\n"
                               "Von der Leyen added that Ukraine would join.\n\n"
                               "Question: What about Norway?\n\n"
                               "People said Sweden would help.");
    cr_assert(has_node(g, "Ursula von der Leyen", PG_ACTOR_PERSON));
    cr_assert(node_by_label(g, "Ursula") < 0 && node_by_label(g, "Leyen") < 0 && node_by_label(g, "Von der Leyen") < 0);
    assert_edge(g, "Ursula von der Leyen", "Ukraine", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Question") < 0, "a transcript's unnamed questioner is nobody");
    cr_assert(node_by_label(g, "People") < 0);
    pg_graph_free(g);

    /* Spanish plural particles: "de los" is one name, and "De los Angeles"
     * later is the same person, not a first name "De" */
    g = extract_text("Jose de los Angeles said Chile agreed.\n\nDe los Angeles said Peru agreed.");
    cr_assert(has_node(g, "Jose de los Angeles", PG_ACTOR_PERSON));
    assert_edge(g, "Jose de los Angeles", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Jose de los Angeles", "Peru", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Angeles") < 0 && node_by_label(g, "Jose") < 0);
    pg_graph_free(g);
}

Test(quotes, headings_and_salutations_in_a_speech_are_no_speakers)
{
    /* a speech with a salutation, a numbered heading and a list read as
     * "Name: text" labels: none of them is a transcript turn */
    pg_graph *g = extract_text("Mr. President,\nExcellencies:\nGood afternoon.\n\n"
                               "1. Introduction:\nMy country, the Republic of Malawi, stands with its neighbours. "
                               "We call on Eritrea to release the prisoners.\n\n"
                               "Dominica's Experience:\nWe thank Cuba for its doctors.\n\n"
                               "Seven: committing to dialogue with Zambia.\n\n"
                               "Final Words: our final words are for the youth of Malawi.");
    cr_assert_eq(node_by_label(g, "Introduction"), -1);
    cr_assert_eq(node_by_label(g, "Final Words"), -1, "its words stand in lowercase in the text");
    cr_assert_eq(node_by_label(g, "Experience"), -1);
    cr_assert_eq(node_by_label(g, "Seven"), -1);
    cr_assert_eq(node_by_label(g, "Excellencies"), -1);
    assert_edge(g, "Malawi", "Eritrea", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(quotes, a_surname_label_is_a_turn_once_the_person_is_named)
{
    /* "Rai:" after "Prime Minister of Nepal Sita Rai"; "German Mehta:"
     * inside a transcript, where "German" reads as a demonym */
    pg_graph *g = extract_text("Meeting with Prime Minister of Nepal Sita Rai\n\n"
                               "President of India Arun Mehta: Ms Rai, welcome. Nepal and India are close partners.\n"
                               "Rai: Thank you. We want closer ties with Bhutan.\n"
                               "German Mehta: Yes. I will visit Bhutan in May.");
    assert_edge(g, "Sita Rai", "Bhutan", PG_REL_STATEMENT);
    assert_edge(g, "Arun Mehta", "Bhutan", PG_REL_VISIT);
    refute_edge(g, "Sita Rai", "Bhutan", PG_REL_VISIT);
    pg_graph_free(g);
}

Test(relate, a_capitalised_cue_word_inside_a_name_is_no_cue)
{
    pg_graph *g = extract_text("Along with other Small Island Developing States we have highlighted our vulnerabilities. "
                               "Ghana, a member of the African Union, said it backs the position of AU member States on "
                               "reform of the Security Council.");
    cr_assert_eq(node_by_label(g, "Developing"), -1, "\"States\" is no speech verb here");
    refute_edge(g, "African Union", "UN Security Council", PG_REL_STATEMENT);
    assert_edge(g, "Ghana", "UN Security Council", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(quotes, labels_with_name_particles_and_excellencies)
{
    pg_graph *g = extract_text("Mr. President, Your Excellency Tomas Varga, Secretary-General of the United Nations, "
                               "Excellencies,\n\n"
                               "President of Oman Salim Al-Harthy: Welcome.\n"
                               "Ahmed bin Salem Al-Kindi: Thank you. Qatar will invest in Oman.");
    cr_assert(has_node(g, "Tomas Varga", PG_ACTOR_PERSON), "\"Your Excellency\" is a courtesy title");
    cr_assert_eq(node_by_label(g, "Excellencies"), -1);
    assert_edge(g, "Ahmed bin Salem Al-Kindi", "Qatar", PG_REL_STATEMENT);
    refute_edge(g, "Salim Al-Harthy", "Qatar", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, contracted_pronouns_are_no_names)
{
    pg_graph *g = extract_text("\xE2\x80\x9CI\xE2\x80\x99ve told Canada we\xE2\x80\x99re ready,\xE2\x80\x9D said Senator Tom Reed. "
                               "\"They're late,\" Reed added about Mexico.");
    cr_assert_eq(node_by_label(g, "I\xE2\x80\x99ve"), -1);
    cr_assert_eq(node_by_label(g, "They're"), -1);
    assert_edge(g, "Tom Reed", "Canada", PG_REL_STATEMENT);
    assert_edge(g, "Tom Reed", "Mexico", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, plural_nouns_and_numbers_that_open_wire_sentences_are_nobody)
{
    pg_graph *g = extract_text("Brokers said Japan would cut rates. Congressmen said they will press Canada. "
                               "One said Mexico was next. Ladies and Gentlemen, Chile is here.");
    cr_assert_eq(pg_graph_node_count(g), 4, "Japan, Canada, Mexico and Chile only");
    cr_assert_eq(pg_graph_edge_count(g), 0, "no speaker");
    pg_graph_free(g);
}

Test(resolve, an_office_title_names_the_person_of_that_state)
{
    /* the description's affiliation is the office, the person's the state
     * of that office: the same person */
    pg_graph *g = extract_text("Head of the Office of the President of Ukraine Andriy Yermak noted that Ukraine is "
                               "defending Europe.\n\nThe Head of the Office of the President also said that Poland "
                               "helps.");
    assert_edge(g, "Andriy Yermak", "Poland", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_state_after_a_titles_comma_is_no_name)
{
    pg_graph *g = extract_text("According to the Head of the President's Office, Ukraine, with its struggle for "
                               "European values, is worthy of membership.");
    cr_assert(has_node(g, "Ukraine", PG_ACTOR_COUNTRY));
    for (size_t i = 0; i < pg_graph_node_count(g); i++)
        cr_assert(pg_graph_node(g, i)->type != PG_ACTOR_PERSON, "no person: %s", pg_graph_node(g, i)->label);
    pg_graph_free(g);
}

Test(resolve, capitals_inside_a_word_make_a_company)
{
    pg_graph *g = extract_text("NorthWind Corp said it will buy Coastal Freight. "
                               "NorthWind said its offer values Coastal at 90 mln dlrs. "
                               "BlueHarbor said it backs Canada's plan, and John MacGregor said Mexico agreed.");
    cr_assert(has_node(g, "NorthWind Corp", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "BlueHarbor", PG_ACTOR_ORGANIZATION));
    cr_assert_eq(node_by_label(g, "NorthWind"), -1, "the short name is the company named in full");
    assert_edge(g, "BlueHarbor", "Canada", PG_REL_STATEMENT);
    cr_assert(has_node(g, "John MacGregor", PG_ACTOR_PERSON), "Mac is a surname's prefix");
    assert_edge(g, "John MacGregor", "Mexico", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, newspapers_by_their_last_word_and_media_nouns)
{
    pg_graph *g = extract_text("The Coastal Daily newspaper said Chile's exports will grow. "
                               "Hong Kong Economic Journal also noted rumours about Peru. "
                               "Prime Minister Ana Lima told Lima Radio that Peru would export copper.");
    assert_edge(g, "Coastal Daily", "Chile", PG_REL_STATEMENT);
    assert_edge(g, "Hong Kong Economic Journal", "Peru", PG_REL_STATEMENT);
    cr_assert(has_node(g, "Coastal Daily", PG_ACTOR_ORGANIZATION));
    cr_assert_eq(node_by_label(g, "Radio"), -1, "a media noun alone is no person");
    cr_assert_eq(node_by_label(g, "Daily"), -1);
    pg_graph_free(g);

    /* a word before a capitalised determiner is no part of the name */
    g = extract_text("Perhaps The Coastal Times in 1938 also wrote that Chile would win.");
    assert_edge(g, "Coastal Times", "Chile", PG_REL_STATEMENT);
    cr_assert_eq(node_by_label(g, "Perhaps The Coastal Times"), -1);
    pg_graph_free(g);
}

Test(recognise, a_compound_modifier_is_no_name_and_what_is_based_is_a_body)
{
    /* "Atlanta-based" is an adjective: the name after it is a body's */
    pg_graph *g = extract_text("Atlanta-based Delveco said it had criticised Boeing. "
                               "The New York-based Marlow Fenwick, a bank, said it would bid for Gelco Corp on Monday.");
    cr_assert(has_node(g, "Delveco", PG_ACTOR_ORGANIZATION));
    cr_assert(has_node(g, "Marlow Fenwick", PG_ACTOR_ORGANIZATION));
    cr_assert(node_by_label(g, "Atlanta-based Delveco") < 0);
    assert_edge(g, "Delveco", "Boeing", PG_REL_CRITICISM);
    assert_edge(g, "Marlow Fenwick", "Gelco Corp", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* the name a modifier opens with is the modifier's: "United" alone is no
     * short name of the summit */
    g = extract_text("Minister Ana Ruiz praised the United Nations Food Systems Summit. "
                     "She said the United Nations-led process would help Kenya.");
    assert_edge(g, "Ana Ruiz", "Kenya", PG_REL_STATEMENT);
    refute_edge(g, "Ana Ruiz", "United Nations Food Systems", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a common word before the hyphen names no place */
    g = extract_text("Minister Ana Ruiz said Gender-based Violence must end.");
    cr_assert(node_by_label(g, "Violence") < 0);
    pg_graph_free(g);
    /* a tail not in words.tsv keeps the name: Korean given names */
    g = extract_text("Secretary-General Ban Ki-moon met President Lee Myung-bak in Seoul.");
    assert_edge(g, "Ban Ki-moon", "Lee Myung-bak", PG_REL_MEETING);
    pg_graph_free(g);
}

Test(relate, a_state_glued_to_a_modifier_is_no_subject)
{
    pg_graph *g = extract_text("U.S.-backed forces criticised Russia, said Senator John Smith.");
    refute_edge(g, "United States", "Russia", PG_REL_CRITICISM);
    assert_edge(g, "John Smith", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* without the hyphen the state acts */
    g = extract_text("The U.S. criticised Russia, said Senator John Smith.");
    assert_edge(g, "United States", "Russia", PG_REL_CRITICISM);
    pg_graph_free(g);
    /* and the speaker before a one-word modifier still speaks */
    g = extract_text("Syria said Iran-backed Houthis attacked Saudi Arabia.");
    assert_edge(g, "Syria", "Houthis", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, a_kin_word_before_a_state_names_the_state)
{
    /* "our sister Cuba" is the state, not a person "Cuba" */
    pg_graph *g = extract_text("Minister Ana Ruiz said the embargo against our sister Cuba must end. "
                               "Her sister Maria Lopez said Chile would help.");
    cr_assert(has_node(g, "Cuba", PG_ACTOR_COUNTRY));
    assert_edge(g, "Ana Ruiz", "Cuba", PG_REL_STATEMENT);
    assert_edge(g, "Maria Lopez", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, a_verb_after_a_comma_shares_the_subject_of_the_verb_before)
{
    /* the object of the first verb does not act in the second */
    pg_graph *g = extract_text("Germany backed Poland in the long talks, strongly condemned Russia and praised France.");
    assert_edge(g, "Germany", "Russia", PG_REL_CRITICISM);
    refute_edge(g, "Poland", "Russia", PG_REL_CRITICISM);
    assert_edge(g, "Germany", "France", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* a name before the comma is the verb's own subject */
    g = extract_text("Russia attacked Ukraine in May; Poland's leader, Andrzej Duda, condemned Russia.");
    assert_edge(g, "Andrzej Duda", "Russia", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(recognise, rebels_after_a_state_are_not_the_state)
{
    pg_graph *g = extract_text("Senator Amy Holt backed the Chad rebel forces. Minister Ana Ruiz praised Chad.");
    refute_edge(g, "Amy Holt", "Chad", PG_REL_SUPPORT);
    assert_edge(g, "Ana Ruiz", "Chad", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* after a body's name they are the body */
    g = extract_text("Minister Ana Ruiz criticised the FARC guerrillas.");
    assert_edge(g, "Ana Ruiz", "FARC", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(recognise, a_title_and_a_name_after_a_body_are_its_head_not_part_of_its_name)
{
    pg_graph *g = extract_text("Minister Dilson Funaro met Bank of France Governor Jacques Durand.");
    assert_edge(g, "Dilson Funaro", "Jacques Durand", PG_REL_MEETING);
    assert_edge(g, "Jacques Durand", "Bank of France", PG_REL_AFFILIATION);
    cr_assert(node_by_label(g, "Bank of France Governor") < 0);
    pg_graph_free(g);
    /* "the Government of President X" is his; "Order of Princess Olga" a thing */
    g = extract_text("Chile criticised the Government of President Nicolas Maduro.");
    cr_assert(has_node(g, "Nicolas Maduro", PG_ACTOR_PERSON));
    cr_assert(node_by_label(g, "Government of President") < 0);
    pg_graph_free(g);
    /* a name, "and", a title: two people, not one body */
    g = extract_text("Acting Head of the Rescue Service Pavlo Kruk and President of the Marlow Group Jerome "
                     "Desautel signed a declaration.");
    assert_edge(g, "Jerome Desautel", "Marlow Group", PG_REL_AFFILIATION);
    cr_assert(node_by_label(g, "Pavlo Kruk and President of the Marlow Group") < 0);
    pg_graph_free(g);
    g = extract_text("Consolidated Marine and General Insurance Co Ltd said it would merge.");
    cr_assert(has_node(g, "Consolidated Marine and General Insurance Co Ltd", PG_ACTOR_ORGANIZATION));
    pg_graph_free(g);
    /* a title of two words may hold the body's last word */
    g = extract_text("U.S. Department of Energy Secretary John Herrington said Japan would act.");
    assert_edge(g, "John Herrington", "Japan", PG_REL_STATEMENT);
    refute_edge(g, "United States", "Japan", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, deputy_titles_before_of_name_a_person_not_a_body)
{
    pg_graph *g = extract_text("First Deputy Speaker of the Federation Council Andrei Turchak met Minister Ana Ruiz.");
    assert_edge(g, "Andrei Turchak", "Ana Ruiz", PG_REL_MEETING);
    assert_edge(g, "Andrei Turchak", "Federation Council", PG_REL_AFFILIATION);
    cr_assert(node_by_label(g, "First Deputy Speaker of the Federation Council") < 0);
    pg_graph_free(g);
}

Test(resolve, a_place_word_alone_is_nobody_unless_the_article_names_it_so)
{
    pg_graph *g = extract_text("Governor Karl Poehl told a conference in Frankfurt that Japan must act. "
                               "Texas said it would appeal.");
    cr_assert(node_by_label(g, "Frankfurt") < 0);
    cr_assert(node_by_label(g, "Texas") < 0);
    assert_edge(g, "Karl Poehl", "Japan", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a body's short name, a person named so */
    g = extract_text("First Chicago Corp bought Wood Gundy Corp. First Chicago said Canada approved it. "
                     "Senator Sam Houston met Minister Ana Ruiz. Houston said Chile agreed.");
    assert_edge(g, "First Chicago Corp", "Canada", PG_REL_STATEMENT);
    assert_edge(g, "Sam Houston", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, faiths_and_peoples_alone_are_nobody)
{
    pg_graph *g = extract_text("Islam asks Muslims to seek knowledge as far as China. "
                               "Minister Ana Ruiz said the Rohingya need help from Chile. "
                               "Saudi Arabia condemned the Houthi militias.");
    refute_edge(g, "Islam", "China", PG_REL_STATEMENT);
    cr_assert(node_by_label(g, "Islam") < 0);
    cr_assert(node_by_label(g, "Rohingya") < 0);
    assert_edge(g, "Saudi Arabia", "Houthis", PG_REL_CRITICISM);
    pg_graph_free(g);
}

Test(recognise, awards_are_no_bodies_and_no_people)
{
    pg_graph *g = extract_text("President Ivan Petrov said Sergei Orlov is awarded the Hero of the Russian Federation "
                               "title and the Order For Services to the Fatherland. The Shevchenko Prize went to Chile.");
    cr_assert(node_by_label(g, "Hero of the Russian Federation") < 0);
    cr_assert(node_by_label(g, "Order For Services") < 0);
    cr_assert(node_by_label(g, "For Services") < 0);
    cr_assert(node_by_label(g, "Shevchenko Prize") < 0);
    assert_edge(g, "Ivan Petrov", "Russia", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a title and a name before an award name the award ("Sheikh Hamad Youth
     * Empowerment Award"), no one */
    g = extract_text("Minister Ana Ruiz praised the Sheikh Tamim Youth Empowerment Award. She praised Chile.");
    cr_assert(node_by_label(g, "Tamim Youth Empowerment") < 0);
    cr_assert(node_by_label(g, "Tamim Youth Empowerment Award") < 0);
    assert_edge(g, "Ana Ruiz", "Chile", PG_REL_SUPPORT);
    pg_graph_free(g);
    /* nor is a name before one a body's short name */
    g = extract_text("The Executive Committee of the Popular Front met. Minister Marat Khusnullin said the "
                     "Executive Order helps Chile.");
    refute_edge(g, "Marat Khusnullin", "Executive Committee of the Popular Front", PG_REL_STATEMENT);
    assert_edge(g, "Marat Khusnullin", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* an honorary title before a state and a rank keeps the person */
    g = extract_text("Presented the Order of the Golden Star to the Hero of Ukraine Colonel Vadym Sukharevsky, "
                     "commander of the brigade.");
    assert_edge(g, "Vadym Sukharevsky", "Ukraine", PG_REL_AFFILIATION);
    pg_graph_free(g);
}

Test(recognise, an_event_or_document_of_a_body_is_the_body)
{
    pg_graph *g = extract_text("Minister Ana Ruiz said the Summit of the Andean Union was useful and the Statement of "
                               "the Coastal Security Council mattered.");
    cr_assert(node_by_label(g, "Summit of the Andean Union") < 0);
    cr_assert(node_by_label(g, "Statement of the Coastal Security Council") < 0);
    assert_edge(g, "Ana Ruiz", "Andean Union", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Coastal Security Council", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a body's own head before "of" keeps the name */
    g = extract_text("Minister Ana Ruiz said the Bank of Norland would help.");
    assert_edge(g, "Ana Ruiz", "Bank of Norland", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(recognise, members_and_chairs_of_a_body_are_the_body)
{
    pg_graph *g = extract_text("Minister Ana Ruiz said Chile is a Member of the Coastal Security Council and "
                               "thanked the Member States of the Andean Organization.");
    cr_assert(node_by_label(g, "Member of the Coastal Security Council") < 0);
    cr_assert(node_by_label(g, "States of the Andean Organization") < 0);
    cr_assert(node_by_label(g, "Member States of the Andean Organization") < 0);
    assert_edge(g, "Ana Ruiz", "Coastal Security Council", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Andean Organization", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, a_name_and_a_colon_ending_a_line_mid_paragraph_quotes_no_transcript)
{
    /* "... Benito Juarez:" then the quotation on its own line: the speech
     * goes on as before, not as his turn */
    pg_graph *g = extract_text("Minister Ana Ruiz spoke for Chile. The phrase was pronounced by the first president. "
                               "Tomas Vendrell:\n\"Respect for the rights of others is peace.\"\n"
                               "Ana Ruiz said Peru must act.");
    refute_edge(g, "Tomas Vendrell", "Peru", PG_REL_STATEMENT);
    assert_edge(g, "Ana Ruiz", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* letters a PDF lost for a colon are no label: "the United Na:ons" */
    g = extract_text("Minister Ana Ruiz said Peru must act. The United Na:ons must include Chile, Ruiz said. We "
                     "cannot forget Hai:, Ruiz said.");
    cr_assert(node_by_label(g, "United Na") < 0);
    cr_assert(node_by_label(g, "Hai") < 0);
    assert_edge(g, "Ana Ruiz", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    /* a transcript copied without line breaks keeps its turns */
    g = extract_text("Taking part were President Tomas Vendrell and Minister Olaf Brandt. * * * Tomas Vendrell: "
                     "Colleagues, good afternoon. Olaf Brandt: Peru has agreed.");
    assert_edge(g, "Olaf Brandt", "Peru", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, rest_assured_is_no_speech)
{
    pg_graph *g = extract_text("President Tomas Vendrell may rest assured that Chile will help.");
    refute_edge(g, "Tomas Vendrell", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
    g = extract_text("President Tomas Vendrell assured Peru that Chile will help.");
    assert_edge(g, "Tomas Vendrell", "Chile", PG_REL_STATEMENT);
    pg_graph_free(g);
}

Test(relate, a_demonym_before_a_noun_after_a_criticism_or_support_is_the_state)
{
    pg_graph *g = extract_text("President Tomas Vendrell supports Ukrainian sovereignty and condemns Russian aggression.");
    assert_edge(g, "Tomas Vendrell", "Ukraine", PG_REL_SUPPORT);
    assert_edge(g, "Tomas Vendrell", "Russia", PG_REL_CRITICISM);
    pg_graph_free(g);
    /* people outside the state are not it */
    g = extract_text("President Tomas Vendrell praised the Finnish companies that left.");
    refute_edge(g, "Tomas Vendrell", "Finland", PG_REL_SUPPORT);
    pg_graph_free(g);
}
