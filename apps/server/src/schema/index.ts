import { builder } from "../builder.js";
import "./scalars.js";
import "./common.js";
import "./enums.js";
import "./participant.js";
import "./article.js";
import "./person.js";
import "./organization.js";
import "./quote.js";
import "./meeting.js";
import "./named-entity.js";
import "./search.js";
import "./ingest.js";

export const schema = builder.toSchema({ sortSchema: true });
