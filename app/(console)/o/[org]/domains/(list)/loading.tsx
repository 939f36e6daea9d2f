import { ConsoleLoading } from "@/components/console/console-loading";

export default ConsoleLoading;
