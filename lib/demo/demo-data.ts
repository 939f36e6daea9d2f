// The demo organization's people and groups (Contoso, the name Microsoft's own docs use).
export const DEMO_ORG = { name: "Contoso", domain: "contoso.com" };

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@contoso.com", name: "Avery Admin", password: "OrgCenter-demo-1" },
  helpDesk: { email: "helpdesk@contoso.com", name: "Harper Helpdesk", password: "OrgCenter-demo-1" },
} as const;

const FIRST = [
  "Alice",
  "Bruno",
  "Chen",
  "Dana",
  "Emeka",
  "Fatima",
  "Gustav",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lena",
  "Mateo",
  "Nora",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sven",
  "Tariq",
  "Uma",
  "Viktor",
  "Wen",
  "Yusuf",
];
const LAST = [
  "Smith",
  "Rossi",
  "Wang",
  "Okafor",
  "Müller",
  "Haddad",
  "Lindqvist",
  "Sato",
  "Petrov",
  "Li",
  "Mensah",
  "Schulz",
  "García",
  "Novak",
  "Farouk",
  "Patel",
  "Murphy",
  "Silva",
  "Berg",
  "Aziz",
  "Iyer",
  "Horváth",
  "Zhou",
  "Demir",
];
const DEPARTMENTS = ["Sales", "Engineering", "Support", "Finance", "Marketing", "Legal"];
const DIVISIONS = ["EMEA", "Americas", "APAC"];

export type DemoUser = {
  userName: string;
  givenName: string;
  familyName: string;
  displayName: string;
  department: string;
  employeeNumber: string;
  costCenter: string;
  division: string;
  active: boolean;
  title: string;
};

export function demoUsers(): DemoUser[] {
  return FIRST.map((given, i) => {
    const family = LAST[i]!;
    const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const ascii = `${given}.${family}`
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    return {
      userName: `${ascii}@${DEMO_ORG.domain}`,
      givenName: given,
      familyName: family,
      displayName: `${given} ${family}`,
      department,
      employeeNumber: String(10001 + i),
      costCenter: `CC-${100 + (i % 6) * 100}`,
      division: DIVISIONS[i % DIVISIONS.length]!,
      active: i % 11 !== 10,
      title: i % 5 === 0 ? `${department} Manager` : `${department} Specialist`,
    };
  });
}

export const DEMO_GROUPS = DEPARTMENTS.map((d) => ({ displayName: d, department: d }));
