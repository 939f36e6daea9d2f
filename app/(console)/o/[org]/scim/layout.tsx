// The scim section: its permission is checked before its pages stream (see ../section-layout.tsx).
import { sectionLayout } from "../section-layout";

export default sectionLayout("console:read");
