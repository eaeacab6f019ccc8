import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const entity = (text: string, name: string) => extractArticle(text).entities.find((e) => e.name === name);

describe('the country an organisation belongs to', () => {
  it("ties a generic body to the country the text names with it, not the article's", () => {
    const text =
      "Drone firm expands\n\nABIDJAN - The Ivorian company Wari Drones will fly for Ghana's Ministry of Health from May. " +
      "It already flies for the Ministry of Health, Public Hygiene and Universal Health Coverage of Côte d'Ivoire. Côte d'Ivoire has 113 health districts, and Côte d'Ivoire pays.";
    expect(entity(text, 'Ministry of Health')?.country).toBe('country:GHA');
    expect(entity(text, 'Ministry of Health, Public Hygiene and Universal Health Coverage')?.country).toBe('country:CIV');
  });

  it("drops a government building's curated id in an article that never names its country", () => {
    const bishkek = 'Vote count delayed\n\nBISHKEK - Officials at the White House in Bishkek said Kyrgyzstan would publish results on Monday.';
    const washington = 'Talks resume\n\nWASHINGTON - The White House said the United States would host the talks.';
    expect(entity(bishkek, 'White House')?.gazetteerId).toBeUndefined();
    expect(entity(washington, 'White House')?.gazetteerId).toBe('org:white house');
  });

  it("reads a town's name as the town of the article's country when that country has a large one", () => {
    const argentina = 'Harvest ends\n\nBUENOS AIRES - Farmers in Argentina said the harvest in Córdoba was poor. Argentina exports soy.';
    const spain = 'Mosque restored\n\nMADRID - Spain said the work in Córdoba was done. Spain paid for it.';
    expect(entity(argentina, 'Córdoba')?.gazetteerId).toBe('city:cordoba');
    expect(entity(spain, 'Córdoba')?.gazetteerId).toBe('city:cordoba@ESP');
    // A small namesake does not count: Moscow in an American article is still Russia's capital.
    const us = 'Talks\n\nWASHINGTON - The United States said Moscow had rejected the offer. The United States will wait.';
    expect(entity(us, 'Moscow')?.gazetteerId).toBe('city:moscow');
  });

  it("reads a town's name as the one in the region the article's other towns lie in", () => {
    const maine =
      'Storm cuts power\n\nBANGOR, Maine (AP) — A winter storm cut power to 40,000 homes in the United States on Tuesday, from Bangor to Biddeford and Portland, utility officials said. Crews from Lewiston were sent to Portland.';
    const oregon = 'Port reopens\n\nPORTLAND, Ore. (AP) — The port of Portland in the United States reopened on Tuesday after a strike, officials said. Trucks from Bangor were waiting.';
    expect(entity(maine, 'Portland')?.gazetteerId).toBe('city:portland@USA/ME');
    // One other town is not yet a region: Portland stays the country's largest.
    expect(entity(oregon, 'Portland')?.gazetteerId).toBe('city:portland');
  });

  it('reads a town as the one in the country the text writes after it', () => {
    const text = 'Trains due\n\nCARDIFF - The new trains will come from the factory in Valencia, Spain, by December, Wales officials said.';
    expect(entity(text, 'Valencia')?.gazetteerId).toBe('city:valencia@ESP');
  });

  it("reads a town name many countries share, whose listed town is small and far, as a town of the article's country", () => {
    const ecuador = 'Turtles counted\n\nQUITO - Ecuador counted 400 turtles on Santa Cruz this year, up from 310, the park said. Ecuador will count again in May.';
    expect(entity(ecuador, 'Santa Cruz')?.gazetteerId).toBe('city:santa cruz@ECU');
    // A region the lexicon knows keeps its reading: 'Port Everglades, Florida' in an article about Trinidad.
    const trinidad = 'Rifles seized\n\nPORT OF SPAIN - The container came from Port Everglades, Florida, Trinidad and Tobago police said. Trinidad and Tobago will ask for help.';
    expect(entity(trinidad, 'Florida')?.gazetteerId ?? '').not.toContain('@');
  });

  it('ties an organisation to the country its name holds', () => {
    const text = 'Power deal\n\nADDIS ABABA - Ethiopia will sell power to the Djibouti Electricity Company (EDD) from May, Ethiopia said.';
    expect(entity(text, 'Djibouti Electricity Company')?.country).toBe('country:DJI');
  });

  it("reads a country's short name alone as the region, unless the article ties it to a town of the country", () => {
    const ancient = 'Gold cup found\n\nPLOVDIV - Archaeologists in Bulgaria found a gold cup. Similar cups were made in workshops in Macedonia and in Persia, the museum said.';
    expect(entity(ancient, 'Macedonia')?.gazetteerId).toBeUndefined();
    const modern = 'Rail link\n\nSOFIA - Trains from Sofia will reach Skopje by 2030, and Macedonia will pay a third of the cost, Bulgaria said.';
    expect(entity(modern, 'Macedonia')?.gazetteerId).toBe('country:MKD');
  });

  it('ties an organisation to the country a national word opening its name names', () => {
    const text = 'Pilots to train\n\nAMMAN - Jordanian pilots will train with the Hellenic Coast Guard near Rhodes next month, Jordan and Cyprus said. Jordan pays for the fuel.';
    expect(entity(text, 'Hellenic Coast Guard')?.country).toBe('country:GRC');
  });
});

