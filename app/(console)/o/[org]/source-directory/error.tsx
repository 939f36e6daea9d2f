"use client";
import { ConsoleError } from "@/components/console/console-error";

export default ConsoleError;
