/**
 * Who could support whom: matches parents' offers ("ik kan helpen met ...") to other parents' requests ("ik zou hulp
 * kunnen gebruiken bij ..."). Pure Java plus JGraphT: no Spring, no UI, no database. Entry point:
 * {@link nl.buurtkaarten.support.matching.Matcher#match}. This package holds only the algorithm, its input and its
 * result; the topics and slots it compares are support's own domain types, in {@code nl.buurtkaarten.support}.
 *
 * <h2>Model</h2>
 * An {@link nl.buurtkaarten.support.matching.Offer} or {@link nl.buurtkaarten.support.matching.Request} has a kind of
 * support, a {@link nl.buurtkaarten.support.Topic} (for {@code OTHER} a free text), a set of
 * {@link nl.buurtkaarten.support.Slot}s (empty: any time) and an area (null or blank: anywhere). Free texts
 * and areas are compared in lower case without white space ("Kerk straat" = "kerkstraat"). An offer can serve a
 * request when all of these hold:
 * <ul>
 * <li>they come from different participants;</li>
 * <li>same topic (two OTHERs: the same free text; an OTHER without text has no topic to share) or same kind;</li>
 * <li>time: either side any time, or a shared slot;</li>
 * <li>place: either side anywhere, or the same area.</li>
 * </ul>
 * A pair on the same topic is a <em>topic match</em>: the helper offered what was asked. A pair of the same kind of
 * support but another topic is only a <em>suggestion</em> (Piet offered homework, Mehmet asked for help with forms:
 * perhaps Piet could help with that too, but he never said so); {@link nl.buurtkaarten.support.matching.Match#sameTopic()}
 * tells them apart, and whoever shows a suggestion must word it as a question that names what the helper did offer.
 *
 * <h2>Score</h2>
 * <table>
 * <caption>Points of a match (see {@link nl.buurtkaarten.support.matching.MatchScore})</caption>
 * <tr><th>when</th><th>points</th></tr>
 * <tr><td>always (so every match scores more than 0)</td><td>10</td></tr>
 * <tr><td>same topic</td><td>+50</td></tr>
 * <tr><td>same kind of support</td><td>+20</td></tr>
 * <tr><td>both gave times and share a slot</td><td>+10</td></tr>
 * <tr><td>both gave the same area</td><td>+10</td></tr>
 * <tr><td>give and take: the receiver has an offer that can serve a request of the helper</td><td>+15</td></tr>
 * </table>
 * Give and take is a property of the two parents, known before anything is chosen, so the objective stays linear. Each
 * match carries its {@link nl.buurtkaarten.support.matching.Reason}s as data (kind plus plain string arguments); the UI
 * words them through {@link nl.buurtkaarten.support.matching.ReasonKind#messageKey()}.
 *
 * <h2>Objective</h2>
 * Choose matches so that each request is served at most once and each participant helps in at most
 * {@code maxMatchesPerHelper} matches over all their offers (an offer may serve several requests), maximising first
 * the number of topic matches, then the number of matches, then the total score. So a suggestion never takes the
 * place of a possible topic match: it only uses a helper's room that no topic match could use. A helper serves a
 * request with their best-scoring offer for it (ties: lowest offer id); an offer on the asked topic always scores more
 * than one of another topic (at least 60 against at most 50 before give and take, which is the same for both), so the
 * problem is one between helpers and requests.
 *
 * <h2>Solver</h2>
 * A minimum-cost flow, solved exactly by JGraphT's {@code CapacityScalingMinimumCostFlow}:
 * <pre>
 *   helper h (supply min(cap, its candidate requests)) --1, TOPIC + MAX - score - (TOPIC if same topic)--&gt; request r
 *   request r --1, 0--&gt; sink
 *   helper h --supply, BIG + TOPIC + MAX--&gt; sink                        (capacity left unused)
 * </pre>
 * A unit through a request costs {@code BIG + score} (plus {@code TOPIC} for a topic match) less than the bypass, so
 * the minimum cost maximises the sum of those weights over the matches. With {@code BIG = n x MAX + 1} (n: the most
 * possible matches) one match more always outweighs any difference in score; with {@code TOPIC = n x (BIG + MAX) + 1}
 * one topic match more always outweighs any number of suggestions. TOPIC is 0 when there are no suggestions (or no
 * topic matches) to weigh against each other. The flow counts scores in units of 5 (every score is a multiple of it),
 * so MAX is 25 there: for 250 parents with a cap of 2 (n = 500) the largest cost is about 6 x 10^6, far below the
 * solver's limit of 10^9; the matcher refuses when n passes about 3,100 (1,550 parents at a cap of 2).
 * <p>
 * For speed the network starts with only the {@code candidatesPerRequest} (default 4) best helpers per request (score,
 * then participant id). After solving, the dual potentials of the flow give the reduced cost of every left-out arc;
 * arcs with a negative reduced cost could improve the result, so they are added and the flow is solved again. When none
 * is left, the reduced-cost optimality conditions hold for all candidates, so the result is optimal for the full
 * problem: the pruning changes the speed, never the outcome. Usually one extra round is needed. The full network for
 * 250 parents with 5 offers and 5 requests each has about 125,000 arcs and takes about 0.5 s; pruned, matching takes
 * about 20-35 ms on two cores ({@code MatchingBenchmarkTest}).
 *
 * <h2>Determinism</h2>
 * Offers, requests and participants are sorted by id and the network is built in that order; the solver has no
 * randomness. The same input in any order therefore gives the same result; among equally good solutions the one
 * found for that order is returned. Matches are listed by request id, unmatched requests by id.
 */
@NamedInterface("matching")
package nl.buurtkaarten.support.matching;

import org.springframework.modulith.NamedInterface;
