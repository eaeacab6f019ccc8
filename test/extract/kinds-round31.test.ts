import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 31: local councils, police bodies, sub-counties, sea channels, school years, scriptures, occupations', () => {
  it("reads a name ending in 'Union Parishad' or 'panchayat' as a council, whatever given name opens it", () => {
    const f = facts('Rafiqul Islam Chowdhury, chairman of the Ali Rahman Union Parishad, said the dyke broke on Monday.');
    expect(f.entity('Ali Rahman Union Parishad')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Rafiqul Islam Chowdhury')?.kind).toBe('PERSON');
  });

  it("reads 'the Gendarmerie' alone as a police body", () => {
    const f = facts('The theft was also reported to the Gendarmerie in the north of the island.');
    expect(f.entity('Gendarmerie')?.kind).toBe('ORGANIZATION');
  });

  it("reads names listed before 'sub-counties', 'wards' or 'upazilas' as places", () => {
    const f = facts('Most cases were in Marsabit North, Marsabit West and Laisamis sub-counties, officials said.');
    expect(f.entity('Laisamis')?.kind).toBe('PLACE');
    expect(f.entity('Marsabit West')?.kind).toBe('PLACE');
    const g = facts('Residents of Dukana and Chalbi upazilas fled to the shelters.');
    expect(g.entity('Chalbi')?.kind).toBe('PLACE');
  });

  it("reads a sea channel named after its parallel as a place, not a TV channel", () => {
    const f = facts('The island is cut off from the mainland by the Eight Degree Channel, which ferries cross daily.');
    expect(f.entity('Eight Degree Channel')?.kind).toBe('PLACE');
  });

  it("drops a school year written with a number: 'Class 1', 'Form 4'", () => {
    const f = facts('Pupils from Class 1 to Class 4 will learn the language, and Form 4 pupils will sit the exam.');
    expect(f.entity('Class')).toBeUndefined();
    expect(f.entity('Class 1')).toBeUndefined();
    expect(f.entity('Form')).toBeUndefined();
  });

  it('drops a scripture named alone', () => {
    const f = facts('The oldest book in the library, a commentary on the Torah, was more than 600 years old, Ester Halevi said.');
    expect(f.entity('Torah')).toBeUndefined();
  });

  it("drops an occupation's noun in '-ist' opening the sentence before a name or an honorific", () => {
    const f = facts('Hydrologist Dr. Amal Perera of the University of Kelaniya said the river had never been so low.');
    expect(f.entity('Hydrologist')).toBeUndefined();
    expect(f.entity('Amal Perera')?.kind).toBe('PERSON');
    expect(f.entity('University of Kelaniya')?.kind).toBe('ORGANIZATION');
  });

  it("reads a full name ending in a landform's noun after a person's noun and before ', who' as a person", () => {
    const f = facts('The judge accepted the evidence of the fisherman Dorian Hobbs Lake, who told the court that his father had used the track.');
    expect(f.entity('Dorian Hobbs Lake')?.kind).toBe('PERSON');
    const g = facts('They sailed across Crater Lake, who knows why, and landed at dusk.');
    expect(g.entity('Crater Lake')?.kind).toBe('PLACE');
  });
});
