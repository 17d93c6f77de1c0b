// The scenario's types are the model's input type; src/scenario adds versioning, validation and links.
export * from '../model/scenarioTypes';
