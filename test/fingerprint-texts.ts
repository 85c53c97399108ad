// Hand-written news-like texts for the fingerprint tests: two different reports on one storm, a council story and a market story.

export const STORM_WIRE = `LISBON, March 3 — A powerful Atlantic storm swept across northern Portugal on Tuesday, toppling trees, cutting power to more than 200,000 homes and forcing the closure of the main motorway between Porto and Braga, officials said.

The civil protection agency said two people were injured when a wall collapsed in Viana do Castelo, and firefighters responded to more than 1,400 incidents overnight, most of them fallen trees and flooded basements.

"The wind was stronger than anything we have seen in a decade," said Ana Ribeiro, a spokeswoman for the regional emergency service. "We are asking people to stay at home unless their journey is essential."

Gusts of up to 140 kilometres per hour were recorded on the coast near Aveiro, according to the national weather institute, which kept a red warning in place for six districts until Wednesday morning.

Rail operator CP suspended services on the Minho line after debris blocked the tracks near Barcelos. Schools in 14 municipalities were closed and several ferry crossings on the Douro river were cancelled.

The energy distributor E-Redes said crews had restored electricity to about half of the affected customers by the evening, but warned that some rural villages could remain without power for two more days.

Forecasters expect the storm to weaken as it moves towards Spain, but heavy rain is likely to continue, raising the risk of landslides in mountainous areas of the interior.`;

export const STORM_OTHER = `Residents of Braga woke up to a scene of devastation on Wednesday after a night of hurricane-force winds left streets blocked by fallen plane trees and shop windows shattered along the historic centre.

Mayor Ricardo Costa toured the worst-hit neighbourhoods in the morning and promised emergency funds for families whose roofs were torn off. "Nobody expected it to be this bad," he told local radio, adding that the city would open two sports halls as shelters.

In the village of Amares, Maria Fernandes, 71, said she spent the night in her kitchen listening to tiles crashing into the yard. Her son drove from Guimarães at dawn to check on her, but the road was blocked and he walked the last three kilometres.

Insurance companies said it was too early to estimate the damage, although one industry group put the preliminary figure at tens of millions of euros. Farmers in the Minho valley reported destroyed greenhouses and flattened vineyards.

Meteorologists said the storm, the fourth named system of the season, had been fed by unusually warm ocean water. Environmental groups renewed calls for the government to update building codes to cope with more frequent extreme weather.`;

export const COUNCIL = `The city council voted 7 to 4 on Thursday night to approve a new bus lane along Harbour Road, ending a dispute that had divided shop owners and commuters for more than a year.

Supporters said the lane would cut journey times for about 18,000 daily passengers and make the route safer for cyclists, who will be allowed to share it outside peak hours. Opponents warned that the loss of 60 parking spaces would drive customers away from small businesses.

Councillor Helen Marsh, who chairs the transport committee, said the plan had been changed three times after public consultations. "We listened, we compromised, and now it is time to build," she said after the vote.

The owner of a bakery near the station, Tomasz Nowak, said he was disappointed but would not give up. "They counted buses, but they never counted the people who come to us by car," he said. A group of traders is considering a legal challenge.

Construction is expected to begin in September and take about five months. The council said it would provide temporary loading bays and review the scheme after one year of operation.`;

export const MARKETS = `Shares in European chipmakers fell sharply on Monday after a leading supplier cut its revenue forecast, citing weaker demand from smartphone makers and a slower recovery in industrial orders.

The company said sales for the current quarter would be about 8 percent lower than previously guided. Its stock dropped 11 percent in early trading, its biggest one-day fall since 2020, dragging down peers in Amsterdam, Munich and Milan.

Analysts said the warning confirmed fears that the inventory glut built up during the pandemic had not yet cleared. "Customers are still sitting on too many chips, and they are in no hurry to order more," said one analyst at a Frankfurt bank.

The broader market was steadier, with the main regional index down 0.4 percent by midday. Bond yields edged lower as investors waited for inflation figures due later in the week.`;

/** A syndicating site's furniture around a copied article. */
export function withFurniture(body: string): string {
  return `Home > World > Europe
By Wire Staff | Northern Gazette | Published 03/03
Share this article: Facebook Twitter WhatsApp Email

${body}

Copyright Northern Gazette. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
Related: Fishermen count losses after week of gales
Sign up for our morning newsletter to get the top stories in your inbox.`;
}

/** The leading `fraction` of the paragraphs. */
export function leadingParagraphs(body: string, fraction: number): string {
  const ps = body.split(/\n\s*\n/);
  return ps.slice(0, Math.max(1, Math.round(ps.length * fraction))).join('\n\n');
}
