"""Samples a continuation from Wren-Tiny."""
import sys

from transformers import AutoModelForCausalLM, AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained(".")
model = AutoModelForCausalLM.from_pretrained(".")
inputs = tokenizer(sys.argv[1] if len(sys.argv) > 1 else "Once upon a time", return_tensors="pt")
print(tokenizer.decode(model.generate(**inputs, max_new_tokens=60, do_sample=True, top_p=0.9)[0]))
